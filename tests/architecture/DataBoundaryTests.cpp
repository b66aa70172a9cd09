// One data boundary: every SQL statement lives in db/ (and the migrations). app/ reaches the
// database only through db/'s repositories, never with SQL text of its own, raw handles or QtSql.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// The string literals of C++ source, comments skipped (raw strings, prefixes and escapes
// handled well enough for our own sources).
QStringList stringLiterals(const QString& src)
{
    QStringList literals;
    const qsizetype n = src.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = src[i];
        if (c == u'/' && i + 1 < n && src[i + 1] == u'/') {
            while (i < n && src[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && src[i + 1] == u'*') {
            const qsizetype end = src.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'') {
            ++i;
            while (i < n && src[i] != u'\'') {
                if (src[i] == u'\\')
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == u'R' && i + 1 < n && src[i + 1] == u'"') {
            const qsizetype open = src.indexOf(u'(', i + 2);
            if (open < 0)
                break;
            const QString close = u')' + src.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = src.indexOf(close, open + 1);
            literals << src.mid(open + 1, (end < 0 ? n : end) - open - 1);
            i = end < 0 ? n : end + close.size();
        } else if (c == u'"') {
            QString text;
            ++i;
            while (i < n && src[i] != u'"') {
                if (src[i] == u'\\' && i + 1 < n)
                    text += src[i++];
                text += src[i++];
            }
            ++i;
            literals << text;
        } else {
            ++i;
        }
    }
    return literals;
}

// SQL in a literal: statements, and the server's schemas named the way SQL names them.
bool looksLikeSql(const QString& literal)
{
    static const QRegularExpression sql(
        uR"(\b(SELECT\s|INSERT\s+INTO\b|UPDATE\s+[\w.]+\s+SET\b|DELETE\s+FROM\b|)"
        uR"((CREATE|ALTER|DROP)\s+(OR\s+REPLACE\s+)?(TABLE|FUNCTION|ROLE|USER|SCHEMA|INDEX|VIEW|)"
        uR"(DATABASE|EXTENSION|POLICY|TRIGGER)\b|GRANT\s|REVOKE\s|TRUNCATE\s|COPY\s+[\w.]+|)"
        uR"(SET\s+(ROLE|SESSION|LOCAL)\b|SAVEPOINT\s|RELEASE\s+SAVEPOINT\b|)"
        uR"((kohi_api|kohi_audit|pg_catalog|information_schema)\.\w+|kohi\.(?!ini\b)\w+)|)"
        uR"(^\s*(BEGIN|COMMIT|ROLLBACK|ABORT)\s*;?\s*$)"_s);
    return sql.match(literal).hasMatch();
}

// Includes that hand out raw SQL access: the data layer's internals, libpq, QtSql.
bool rawAccessInclude(const QString& line)
{
    static const QRegularExpression include(
        uR"(^\s*#\s*include\s*[<"](db/internal/|db/PgParams\.h|libpq|QtSql|QSql))"_s);
    return include.match(line).hasMatch();
}

QStringList violationsIn(const QString& source)
{
    QStringList found;
    for (const QString& line : source.split(u'\n')) {
        if (rawAccessInclude(line))
            found << line.trimmed();
    }
    for (const QString& literal : stringLiterals(source)) {
        if (looksLikeSql(literal))
            found << u'"' + literal + u'"';
    }
    return found;
}

} // namespace

TEST_CASE("The boundary check finds SQL text and raw access, and leaves prose and comments alone",
          "[architecture]")
{
    CHECK(violationsIn(uR"x(auto r = s.exec(u"SELECT kohi_api.session_begin($1)"_s);)x"_s).size() ==
          1);
    CHECK(violationsIn(u"q(u\"UPDATE kohi.environment SET kind = $1\"_s);"_s).size() == 1);
    CHECK(violationsIn(u"q(\"INSERT INTO t (a) VALUES (1)\");"_s).size() == 1);
    CHECK(violationsIn(u"q(\"DELETE FROM x WHERE y\");"_s).size() == 1);
    CHECK(violationsIn(u"q(\"x FROM kohi.office_holiday\");"_s).size() == 1);
    CHECK(violationsIn(u"q(\"BEGIN\");"_s).size() == 1);
    CHECK(violationsIn(u"q(R\"sql(select 1; SET ROLE kohi_owner)sql\");"_s).size() == 1);
    CHECK(violationsIn(u"#include \"db/internal/RawSql.h\""_s).size() == 1);
    CHECK(violationsIn(u"#include <QSqlQuery>"_s).size() == 1);
    CHECK(violationsIn(u"#include <libpq-fe.h>"_s).size() == 1);

    CHECK(violationsIn(u"// SELECT kohi_api.x() is done in db/\nint a = 1;"_s).isEmpty());
    CHECK(violationsIn(u"/* INSERT INTO t */ f(\"設定ファイル（kohi.ini）\");"_s).isEmpty());
    CHECK(violationsIn(u"f(\"Select a recipient\", 'x', '\\\"');"_s).isEmpty());
    CHECK(violationsIn(u"#include \"db/RetentionRepository.h\""_s).isEmpty());
}

TEST_CASE("No SQL text and no raw database access under app/", "[architecture]")
{
    const QString appDir = QStringLiteral(KOHI_SOURCE_DIR) + u"/app"_s;
    REQUIRE(QDir(appDir).exists());
    QStringList violations;
    int files = 0;
    QDirIterator it(appDir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        ++files;
        for (const QString& v : violationsIn(QString::fromUtf8(file.readAll())))
            violations << QDir(appDir).relativeFilePath(path) + u": "_s + v;
    }
    CHECK(files > 50); // the walk really read the client and kohi-admin
    INFO(violations.join(u'\n').toStdString());
    CHECK(violations.isEmpty());
}
