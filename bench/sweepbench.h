#pragma once
// neural-lessons-bench --sweep: wall time of the 3x3 hyperparameter sweep of issue #5
// (learning rate x hidden neurons, circle, 200 epochs) with each given thread count.
#include <vector>

int runSweepBench(int argc, char **argv, const std::vector<int> &threads, int repetitions);
