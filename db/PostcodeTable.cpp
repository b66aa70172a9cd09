#include "db/PostcodeTable.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::PostcodeTable", text);
}

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

QString PostcodeTable::shippedSyntheticPath()
{
    return u":/masters/postcode_27_synthetic.csv"_s;
}

std::optional<PostcodeTable> PostcodeTable::parse(const QByteArray& utf8, QString* error)
{
    static const QRegularExpression postcode(u"^[0-9]{7}$"_s);
    static const QRegularExpression lgcode(u"^[0-9]{6}$"_s);
    PostcodeTable table;
    bool header = false;
    const QStringList lines = QString::fromUtf8(utf8).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const QString comment = line.mid(1).trimmed();
            if (table.source.isEmpty() && comment.startsWith(u"出典:"_s))
                table.source = comment.mid(3).trimmed();
            continue;
        }
        if (!header) {
            if (line != u"postcode,municipality_code,town"_s) {
                fail(error, tr("%1行目: 見出し行 postcode,municipality_code,town がありません。")
                                .arg(i + 1));
                return std::nullopt;
            }
            header = true;
            continue;
        }
        const QStringList cells = line.split(u',');
        if (cells.size() != 3 || !postcode.match(cells[0]).hasMatch() ||
            !lgcode.match(cells[1]).hasMatch()) {
            fail(error,
                 tr("%1行目: 郵便番号7桁,市町村コード6桁,町域 の形ではありません。").arg(i + 1));
            return std::nullopt;
        }
        table.rows.append(QJsonObject{
            {u"postcode"_s, cells[0]}, {u"municipality_code"_s, cells[1]}, {u"town"_s, cells[2]}});
    }
    if (table.source.isEmpty()) {
        fail(error, tr("出典と日付の行（# 出典: …）がありません。"));
        return std::nullopt;
    }
    return table;
}

std::optional<int> PostcodeTable::load(const Session& admin, QString* error) const
{
    const PgResult r =
        admin.exec(u"SELECT kohi.postcode_load($1::jsonb, $2) AS n"_s,
                   {QJsonDocument(rows).toJson(QJsonDocument::Compact), source.toUtf8()});
    if (!r.ok) {
        fail(error, r.errorMessage);
        return std::nullopt;
    }
    return r.first(u"n"_s).toInt();
}

} // namespace kohi::db
