/**
 * @file fuzz_workspacefile.cpp
 * libFuzzer target for the .nlw reader (WorkspaceFile::fromJson, docs/FILEFORMAT.md): any bytes
 * must give either a state or an error text, never a crash, a hang or undefined behaviour. A file
 * the reader accepts must also survive a save and re-open unchanged, since the app autosaves
 * whatever it opened; a reader that accepts what the writer cannot reproduce would lose work.
 */
#include "workspacefile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    QString error;
    const std::optional<WorkspaceState> state = WorkspaceFile::fromJson(input, &error);
    if (!state) {
        if (error.isEmpty()) {
            std::fputs("refused without an error text\n", stderr);
            std::abort();
        }
        return 0;
    }
    const QByteArray saved = WorkspaceFile::toJson(*state);
    QString reopenError;
    const std::optional<WorkspaceState> reopened = WorkspaceFile::fromJson(saved, &reopenError);
    if (!reopened) {
        std::fprintf(stderr, "an accepted file does not re-open after saving: %s\n", qPrintable(reopenError));
        std::abort();
    }
    if (WorkspaceFile::toJson(*reopened) != saved) {
        std::fputs("saving a re-opened file gives other bytes\n", stderr);
        std::abort();
    }
    return 0;
}
