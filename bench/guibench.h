#pragma once
// neural-lessons-bench --gui: the workspace's responsiveness, measured in the real main window.
int runGuiBench(int argc, char **argv, double seconds, long long memoryEpochs);
