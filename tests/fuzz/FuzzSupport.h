#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by every harness in tests/fuzz: each defines LLVMFuzzerTestOneInput, which libFuzzer
// drives (KOHI_FUZZ=ON, clang) and FuzzReplayMain.cpp feeds the seed corpus in the normal build.

// A property the harness asserts beyond "does not crash": report and abort so both libFuzzer and
// the replay test fail. The message names the property only, never the input (it may hold digits).
#define KOHI_FUZZ_CHECK(condition)                                                                 \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #condition, __FILE__,       \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace kohi::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input read as UTF-8 (invalid sequences become U+FFFD), as typed text reaches the validators.
inline QString textOf(const std::uint8_t* data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// True when every unit of `text` is an ASCII digit.
inline bool allAsciiDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace kohi::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
