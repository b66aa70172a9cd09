#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kohi::juki {

// One RFC 4180 record: its fields and the physical line (1-based) where it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString problem; // a quoting error confined to this record (Japanese); fields then unreliable
};

// Reads RFC 4180 records from decoded text: CRLF or LF, quoted fields holding commas, doubled
// quotes and line breaks. Empty lines between records are skipped (their lines still count).
class CsvRecordReader
{
public:
    explicit CsvRecordReader(QStringView text);

    // False at the end of the text. A quote left open at the end of the text is not a record
    // problem but a broken file: unterminatedQuoteLine() then names where it opened.
    bool next(CsvRecord* record);
    int unterminatedQuoteLine() const { return m_unterminatedLine; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_unterminatedLine = 0;
};

} // namespace kohi::juki
