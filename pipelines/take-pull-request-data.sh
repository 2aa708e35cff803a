#!/usr/bin/env bash
# Lays what a data-only pull request changed (customers, services, the inventory) over the
# checked-out base branch, and nothing else: the base's approved code then runs on the pull
# request's data. Only the changes since the merge base are taken, so a customer merged into the
# base after the pull request branched off stays, instead of showing as removed in the review.
#
#   pipelines/take-pull-request-data.sh <the pull request's head commit>
#
# The head commit must have been fetched, with enough history for a merge base.
set -euo pipefail
head=${1:?usage: pipelines/take-pull-request-data.sh <head commit>}
base=$(git merge-base HEAD "$head")
data=(clients scopes customers.inventory.json)
# Added or changed: the head's version. Removed: removed.
git diff --name-only -z --no-renames --diff-filter=d "$base" "$head" -- "${data[@]}" | xargs -0 -r git checkout "$head" --
git diff --name-only -z --no-renames --diff-filter=D "$base" "$head" -- "${data[@]}" | xargs -0 -r rm -f --
