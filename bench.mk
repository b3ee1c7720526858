# The benchmark of mgbi against raw httpx + json.loads, run against sandboxes on
# 127.0.0.1. It prints one table of ratios and takes two to four minutes; pass options
# with BENCH_ARGS, for example BENCH_ARGS="--cases page,import".
.PHONY: bench

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)
