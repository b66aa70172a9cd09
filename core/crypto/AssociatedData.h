#pragma once

#include <QByteArray>
#include <QStringView>

namespace kohi::crypto {

// Canonical associated data that binds a sealed My Number to the place it is stored, so a
// ciphertext copied into another record or another column fails to open.
//
// Encoding (v1): for each of "kohi-ad-v1", recordKind, recordId, fieldName in that order:
// 4-byte big-endian length of the UTF-8 bytes, then the bytes. The length prefixes make the
// encoding injective: ("ab","c") and ("a","bc") can never produce the same bytes.
class AssociatedData
{
public:
    // e.g. forField(u"recipient", u"42", u"my_number")
    static QByteArray forField(QStringView recordKind, QStringView recordId, QStringView fieldName);
    // Same bytes as passing QString::number(recordId).
    static QByteArray forField(QStringView recordKind, qint64 recordId, QStringView fieldName);
};

} // namespace kohi::crypto
