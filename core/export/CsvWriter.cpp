#include "core/export/CsvWriter.h"

#include <QCoreApplication>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace kohi {

namespace {

const char* encoderName(CsvWriter::Encoding encoding)
{
    return encoding == CsvWriter::Encoding::Cp932 ? "CP932" : "UTF-8";
}

} // namespace

CsvWriter::CsvWriter(Encoding encoding)
    : m_encoding(encoding), m_available(QStringEncoder(encoderName(encoding)).isValid())
{
    if (m_encoding == Encoding::Utf8Bom)
        m_bytes = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

bool CsvWriter::addRecord(const QStringList& fields)
{
    if (!m_available) {
        m_problem = QCoreApplication::translate(
            "kohi::CsvWriter", "この環境では Shift_JIS（CP932）で出力できません。UTF-8（BOM付き）を"
                               "選んでください。");
        return false;
    }
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields)
        cells << quoted(f);
    const QString line = cells.join(u',') + u"\r\n"_s;
    // A fresh encoder per record: one assigned over the encoder that had refused a record stopped
    // reporting unmappable characters here (Qt 6.4, ICU) and wrote 0xFCFC for them instead
    // (found by tests/fuzz/FuzzCsv.cpp).
    QStringEncoder encoder(encoderName(m_encoding), QStringConverter::Flag::Stateless);
    const QByteArray encoded = encoder.encode(line);
    if (encoder.hasError()) {
        m_problem = QCoreApplication::translate("kohi::CsvWriter",
                                                "%1行目に Shift_JIS（CP932）で表せない文字が"
                                                "あります。UTF-8（BOM付き）で出力してください。")
                        .arg(m_records + 1);
        return false;
    }
    m_bytes += encoded;
    ++m_records;
    return true;
}

} // namespace kohi
