#include "core/import/CsvRecordReader.h"

#include <QCoreApplication>

namespace kohi::juki {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::juki::CsvRecordReader", text);
}

} // namespace

CsvRecordReader::CsvRecordReader(QStringView text) : m_text(text) {}

bool CsvRecordReader::next(CsvRecord* record)
{
    const qsizetype n = m_text.size();
    // Skip empty lines (LF or CRLF).
    while (m_pos < n) {
        if (m_text[m_pos] == u'\n') {
            ++m_pos;
            ++m_line;
        } else if (m_text[m_pos] == u'\r' && m_pos + 1 < n && m_text[m_pos + 1] == u'\n') {
            m_pos += 2;
            ++m_line;
        } else {
            break;
        }
    }
    if (m_pos >= n)
        return false;

    *record = CsvRecord();
    record->line = m_line;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (text after its end is an error)
    int quoteOpenedLine = 0;
    while (m_pos < n) {
        const QChar c = m_text[m_pos];
        if (quoted) {
            if (c == u'"') {
                if (m_pos + 1 < n && m_text[m_pos + 1] == u'"') {
                    field += u'"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == u'\n')
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == u',') {
            record->fields << field;
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == u'\n' || (c == u'\r' && m_pos + 1 < n && m_text[m_pos + 1] == u'\n')) {
            m_pos += c == u'\n' ? 1 : 2;
            ++m_line;
            break;
        }
        if (c == u'"') {
            if (field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteOpenedLine = m_line;
                ++m_pos;
                continue;
            }
            if (record->problem.isEmpty())
                record->problem = tr("引用符（\"）の位置が正しくありません（RFC 4180: "
                                     "引用符で囲んだ項目の中の \" は \"\" と書きます）。");
        } else if (wasQuoted && record->problem.isEmpty()) {
            record->problem = tr("引用符で囲んだ項目の後に、区切りのカンマの前に文字があります。");
        }
        field += c;
        ++m_pos;
    }
    if (quoted) {
        m_unterminatedLine = quoteOpenedLine;
        return false;
    }
    record->fields << field;
    return true;
}

} // namespace kohi::juki
