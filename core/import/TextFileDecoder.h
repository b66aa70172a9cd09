#pragma once

#include <QByteArray>
#include <QString>

namespace kohi::juki {

// The encodings REFERENCE §6 allows for an answer file.
enum class FileEncoding
{
    Cp932,  // Windows Shift_JIS, the terminal's default
    Utf8,   // without BOM
    Utf8Bom // with BOM
};
QString encodingLabel(FileEncoding encoding); // "CP932 (Shift_JIS)", "UTF-8", "UTF-8 (BOM付き)"

struct DecodedText
{
    bool ok = false;
    FileEncoding encoding = FileEncoding::Cp932;
    QString text;      // without the BOM
    int errorLine = 0; // physical line (1-based) of the first byte that is not valid
    QString error;     // Japanese
};

// A BOM means UTF-8; otherwise strictly valid UTF-8 is UTF-8, and anything else must be valid
// CP932. A byte sequence that is valid in neither refuses the whole file (with its line).
DecodedText decodeTextFile(const QByteArray& bytes);

} // namespace kohi::juki
