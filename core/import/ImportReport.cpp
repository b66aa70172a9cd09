#include "core/import/ImportReport.h"

using namespace Qt::StringLiterals;

namespace kohi::juki {

namespace {

QString reasonText(const ReportRow& row)
{
    if (row.reason.isEmpty())
        return row.message;
    return row.message.isEmpty() ? row.reason : row.message + u" ["_s + row.reason + u']';
}

// TSV has no quoting: tabs and line breaks inside a value become spaces.
QString tsvField(QString value)
{
    value.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return value;
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString q = value;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

} // namespace

QMap<QString, int> ImportReport::counts() const
{
    QMap<QString, int> c;
    for (const ReportRow& r : rows)
        ++c[r.outcome];
    return c;
}

QByteArray ImportReport::toTsv() const
{
    QString out = u"line\t照会番号\toutcome\treason\n"_s;
    for (const ReportRow& r : rows)
        out += QString::number(r.line) + u'\t' + tsvField(r.inquiryNo) + u'\t' + r.outcome + u'\t' +
               tsvField(reasonText(r)) + u'\n';
    return out.toUtf8();
}

QByteArray ImportReport::toCsv() const
{
    QString out = u"line,照会番号,outcome,reason\r\n"_s;
    for (const ReportRow& r : rows)
        out += QString::number(r.line) + u',' + csvField(r.inquiryNo) + u',' + r.outcome + u',' +
               csvField(reasonText(r)) + u"\r\n"_s;
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kohi::juki
