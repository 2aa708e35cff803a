import { Testing } from "cdktf";
// Declares cdktf's matchers on jest's `expect` for the compiler.
import "cdktf/lib/testing/adapters/jest";

// Adds cdktf's matchers: toHaveResource, toHaveResourceWithProperties, toHaveDataSource...
Testing.setupJest();
