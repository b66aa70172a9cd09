#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace kohi::crypto {

// Hex renderings of key ids and fingerprints, and comparison with a pinned value typed into a
// configuration file (case, spaces and colons ignored).
class HexFingerprint
{
public:
    // "f35e5616…": lowercase, no separators (key ids, machine-readable config values).
    static QString toHex(QByteArrayView bytes);

    // "F35E 5616 160A …": uppercase in groups of `groupSize` hex digits, for reading aloud
    // when two people compare a fingerprint over the phone during enrolment.
    static QString formatForDisplay(QByteArrayView bytes, int groupSize = 4);

    // Strips spaces, colons and hyphens and lowercases; returns an empty string if anything
    // else than hex digits remains, so a malformed pin can never match.
    static QString normalize(QStringView text);

    // True if `pinned` (any format accepted by normalize()) denotes exactly `bytes`.
    static bool matches(QByteArrayView bytes, QStringView pinned);
};

} // namespace kohi::crypto
