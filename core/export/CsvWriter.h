#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kohi {

// A CSV file in memory as Excel on a Windows terminal reads it: RFC 4180 (a field with a comma,
// a double quote or a line break is quoted, quotes doubled), CRLF line ends, and either CP932
// (Shift_JIS as Windows writes it) or UTF-8 with a byte-order mark.
class CsvWriter
{
public:
    enum class Encoding
    {
        Utf8Bom,
        Cp932
    };

    explicit CsvWriter(Encoding encoding);

    // False when a field has a character the encoding cannot hold (CP932 lacks many); the
    // record is not added and problem() says which.
    bool addRecord(const QStringList& fields);

    const QByteArray& bytes() const { return m_bytes; }
    int records() const { return m_records; }
    QString problem() const { return m_problem; }

    static QString quoted(const QString& field);

private:
    Encoding m_encoding;
    bool m_available; // the encoding exists here (CP932 needs ICU)
    QByteArray m_bytes;
    int m_records = 0;
    QString m_problem;
};

} // namespace kohi
