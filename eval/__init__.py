"""The eval question set, its runner and reports, the regression floors and the benchmark."""
