#include "core/export/CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi {

CsvWriter::CsvWriter(Encoding encoding)
    : m_encoding(encoding),
      m_encoder(encoding == Encoding::Cp932 ? "CP932" : "UTF-8", QStringConverter::Flag::Stateless)
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
    if (!m_encoder.isValid()) {
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
    const QByteArray encoded = m_encoder.encode(line);
    if (m_encoder.hasError()) {
        // A fresh encoder: the error state sticks.
        m_encoder = QStringEncoder(m_encoding == Encoding::Cp932 ? "CP932" : "UTF-8",
                                   QStringConverter::Flag::Stateless);
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
