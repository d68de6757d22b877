#!/bin/sh
# Prints how well significance agrees with maintainers on the corpus labels (ROC AUC with a
# bootstrap spread, beside the naive baselines). Docs/SCORING.md explains the figures.
set -eu
cd "$(dirname "$0")/.."
swift test --filter SignificanceEvaluationTests 2>&1 | grep -E '^significance:|passed|failed|error:' | sed 's/^significance: //'
