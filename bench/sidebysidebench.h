#pragma once
// neural-lessons-bench --gui --side-by-side: the GUI's responsiveness while two models train in
// lockstep in the side-by-side window of the real main window (issue 5).
int runSideBySideBench(int argc, char **argv, double seconds);
