#pragma once
// Where this process's memory goes, read from Linux's /proc/self (status and smaps): the peak
// resident set, the current one, and the resident pages of each part of the program — what
// tensorgame --bench-memory prints.
#include <QString>
#include <vector>

namespace tg {

struct MemoryPart {
    QString name;  // "Mesa and LLVM (software OpenGL)", "heap and anonymous", ...
    long long kilobytes = 0;
};

struct ProcessMemory {
    long long peakKilobytes = 0;     // VmHWM: the most resident at any time
    long long currentKilobytes = 0;  // VmRSS
    std::vector<MemoryPart> parts;   // resident now, largest first; they sum to about VmRSS
    bool libTorchMapped = false;     // whether LibTorch is loaded in the process
};

// Empty (zeros) where /proc is not readable.
[[nodiscard]] ProcessMemory processMemory();

}  // namespace tg
