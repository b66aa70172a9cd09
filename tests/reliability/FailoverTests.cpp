// Failover without loss (issue 14, item 4): a primary and a synchronous streaming standby on
// loopback, a clerk's workload through the client's db layer, the primary killed in the middle
// of it and the standby promoted. The clerk's session reconnects by itself (several hosts,
// target_session_attrs=read-write) and every submission is present exactly once on the promoted
// server, whose audit chain verifies.
#include "app/client/ApplicationEntryWidget.h"
#include "core/validation/JapaneseEra.h"
#include "db/ApplicationForm.h"
#include "db/ApplicationRepository.h"
#include "db/Session.h"
#include "tests/support/PrivateCluster.h"
#include "tests/support/TestDatabase.h"

#include <QComboBox>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::PrivateCluster;
using kohi::test::TestDatabase;

namespace {

const QString clerkLogin = u"fo_clerk"_s;
const QString clerkPassword = u"Failover-Pass-2026!"_s;

int portOf(const QString& dir)
{
    QFile conf(dir + u"/data/postgresql.conf"_s);
    REQUIRE(conf.open(QIODevice::ReadOnly));
    int port = 0;
    for (const QByteArray& line : conf.readAll().split('\n')) {
        if (line.startsWith("port = "))
            port = line.mid(7).split(' ').value(0).toInt();
    }
    return port;
}

QString localdb()
{
    return TestDatabase::instance().value(u"KOHI_LOCALDB_SCRIPT"_s);
}

void runScript(const QStringList& args)
{
    QProcess p;
    p.start(u"bash"_s, QStringList{localdb()} + args);
    REQUIRE(p.waitForFinished(120000));
    INFO(args.join(u' ').toStdString() << "\n" << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

void choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// The clerk's unsaved form in the real entry widget.
void typeForm(kohi::app::ApplicationEntryWidget& entry)
{
    child<QLineEdit>(entry, "familyName")->setText(u"画面"_s);
    child<QLineEdit>(entry, "givenName")->setText(u"未保存"_s);
    child<QLineEdit>(entry, "familyNameKana")->setText(u"ｶﾞﾒﾝ"_s);
    child<QLineEdit>(entry, "givenNameKana")->setText(u"ﾐﾎｿﾞﾝ"_s);
    child<QLineEdit>(entry, "birthDate")->setText(u"H2.3.4"_s);
    child<QComboBox>(entry, "sex")->setCurrentIndex(2);
    child<QLineEdit>(entry, "address")->setText(u"大阪府池田市合成町3丁目4番"_s);
    child<QLineEdit>(entry, "municipalityCode")->setText(u"272043"_s);
    child<QLineEdit>(entry, "insurerNumber")->setText(u"01270016"_s);
    choose(child<QComboBox>(entry, "disease"), u"096"_s);
    choose(child<QComboBox>(entry, "incomeTier"), u"low2"_s);
    child<QLineEdit>(entry, "validFrom")
        ->setText(kohi::formatJapaneseDateShort(QDate::currentDate()));
    child<QLineEdit>(entry, "validTo")
        ->setText(kohi::formatJapaneseDateShort(QDate::currentDate().addYears(1).addDays(-1)));
}

kohi::db::ApplicationForm formOf(int n)
{
    kohi::db::ApplicationForm f;
    f.familyName = u"切替"_s;
    f.givenName = u"申請%1"_s.arg(n, 3, 10, QChar(u'0'));
    f.familyNameKana = u"キリカエ"_s;
    f.givenNameKana = u"シンセイ"_s;
    f.birthDate = QDate(1970, 5, 5);
    f.sex = 1;
    f.postalCode = u"596-0001"_s;
    f.address = u"大阪府岸和田市合成町1丁目2番"_s;
    f.municipalityCode = u"272027"_s;
    f.receivedDate = QDate::currentDate();
    f.diseaseCode = u"006"_s;
    return f;
}

} // namespace

TEST_CASE("failover: the clerk's session follows the promoted standby and loses or doubles nothing",
          "[reliability]")
{
    PrivateCluster primary(u"フェイルオーバー試験"_s);
    primary.admin({u"user"_s, u"create"_s, clerkLogin, u"--name"_s, u"切替 職員"_s, u"--duty"_s,
                   u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                  (clerkPassword + u'\n').toUtf8());
    REQUIRE(primary.dba()
                ->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                       " password_changed_at = now()"_s)
                .ok);

    // The standby: a base backup streamed over TLS, synchronous (every commit waits for it).
    QTemporaryDir standbyParent(u"/tmp/kohi-standby-XXXXXX"_s);
    const QString standbyDir = standbyParent.path() + u"/db"_s;
    runScript(
        {u"standby"_s, u"--dir"_s, standbyDir, u"--primary"_s, primary.directory(), u"--sync"_s});
    struct Cleanup
    {
        QString dir;
        ~Cleanup() { QProcess::execute(u"bash"_s, {localdb(), u"destroy"_s, u"--dir"_s, dir}); }
    } cleanup{standbyDir};
    const int primaryPort = portOf(primary.directory());
    const int standbyPort = portOf(standbyDir);

    // The client's settings name both servers, as a terminal's kohi.ini would.
    kohi::db::ConnectionSettings both = primary.settings();
    both.host = u"127.0.0.1,127.0.0.1"_s;
    both.ports = {primaryPort, standbyPort};
    both.connectTimeoutSeconds = 5;
    both.reconnectSeconds = 90;
    REQUIRE(both.problem().isEmpty());
    kohi::db::Session clerk(both);
    const auto login = clerk.open(clerkLogin, clerkPassword);
    INFO(login.serverText.toStdString());
    REQUIRE(login.ok());
    int reconnectHandlerRuns = 0;
    clerk.setReconnectHandler([&] {
        ++reconnectHandlerRuns;
        REQUIRE(clerk.exec(u"SELECT kohi_api.session_begin('test-terminal')"_s).ok);
    });
    REQUIRE(clerk.exec(u"SELECT inet_server_port() AS p"_s).first(u"p"_s).toInt() == primaryPort);
    kohi::db::ApplicationRepository applications(clerk);

    // The clerk has a form typed but not saved in the real entry widget (on the same session).
    kohi::app::ApplicationEntryWidget entry(clerk);
    typeForm(entry);
    const kohi::db::ApplicationForm typed = entry.form();
    REQUIRE(entry.isModified());

    // 1. A submission that committed on the primary whose reply the client never saw: it keeps
    //    its key and sends it again after the failover.
    const QUuid lostReplyKey = QUuid::createUuid();
    const auto lostReply = applications.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt,
                                             formOf(0), lostReplyKey);
    INFO(applications.lastError().message.toStdString());
    REQUIRE(lostReply);

    // 2. The workload; the primary is killed (immediate shutdown, as a crash) and the standby
    //    promoted while it runs, by another process, without telling the client.
    constexpr int submissions = 40;
    constexpr int killAt = 10;
    QProcess failover;
    QList<qint64> ids;
    QElapsedTimer clock;
    clock.start();
    for (int n = 1; n <= submissions; ++n) {
        if (n == killAt) {
            failover.start(u"bash"_s, {u"-c"_s,
                                       u"\"$0\" kill --dir \"$1\" && sleep 1 &&"
                                       u" \"$0\" promote --dir \"$2\""_s,
                                       localdb(), primary.directory(), standbyDir});
            REQUIRE(failover.waitForStarted());
        }
        const auto saved = applications.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt,
                                             formOf(n), QUuid::createUuid());
        INFO("submission " << n << ": " << applications.lastError().message.toStdString());
        REQUIRE(saved); // the client's own retry after the reconnect made every one succeed
        ids << saved->id;
    }
    REQUIRE(failover.waitForFinished(120000));
    INFO(failover.readAllStandardError().toStdString());
    REQUIRE(failover.exitCode() == 0);
    CHECK(clock.elapsed() < 120000);

    // The session is on the promoted standby now, by itself.
    CHECK(clerk.reconnectCount() >= 1);
    CHECK(reconnectHandlerRuns == clerk.reconnectCount());
    CHECK(clerk.exec(u"SELECT inet_server_port() AS p"_s).first(u"p"_s).toInt() == standbyPort);
    CHECK(clerk.exec(u"SELECT pg_is_in_recovery() AS r"_s).first(u"r"_s).toString() == u"f"_s);

    // The widget's unsaved form is intact and saves, then submits, on the promoted server.
    CHECK(entry.form() == typed);
    CHECK(entry.isModified());
    REQUIRE(entry.save());
    CHECK(entry.form() == typed);
    const qint64 widgetId = entry.applicationId();
    CHECK(widgetId > 0);
    REQUIRE(entry.submit());

    // The lost reply's submission sent again with its key: the first result, not a second one.
    const auto replay = applications.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt,
                                          formOf(0), lostReplyKey);
    REQUIRE(replay);
    CHECK(replay->id == lostReply->id);

    // On the promoted server: every submission exactly once (0 lost, 0 duplicated).
    kohi::db::ConnectionSettings promoted = primary.settings();
    promoted.port = standbyPort;
    kohi::db::Session dba(promoted);
    REQUIRE(dba.open(u"kohi_dba"_s, primary.dbaPassword()).ok());
    const auto counts =
        dba.exec(u"SELECT r.given_name AS name, count(*) AS n FROM kohi.application a"
                 " JOIN kohi.recipient r ON r.id = a.recipient_id WHERE r.family_name = '切替'"
                 " GROUP BY r.given_name ORDER BY r.given_name"_s);
    REQUIRE(counts.ok);
    QHash<QString, int> present;
    for (int row = 0; row < counts.rows.size(); ++row)
        present.insert(counts.value(row, u"name"_s).toString(), counts.value(row, u"n"_s).toInt());
    int lost = 0;
    int duplicated = 0;
    for (int n = 0; n <= submissions; ++n) {
        const int c = present.value(formOf(n).givenName);
        lost += c == 0 ? 1 : 0;
        duplicated += c > 1 ? c - 1 : 0;
    }
    CHECK(present.size() == submissions + 1);
    CHECK(lost == 0);
    CHECK(duplicated == 0);
    for (qint64 id : ids)
        CHECK(dba.exec(u"SELECT count(*) AS n FROM kohi.application WHERE id = $1"_s,
                       {QByteArray::number(id)})
                  .first(u"n"_s)
                  .toInt() == 1);

    const auto widgetRows =
        dba.exec(u"SELECT a.id, a.state FROM kohi.application a JOIN kohi.recipient r"
                 " ON r.id = a.recipient_id WHERE r.family_name = '画面'"_s);
    REQUIRE(widgetRows.ok);
    REQUIRE(widgetRows.rows.size() == 1);
    CHECK(widgetRows.first(u"id"_s).toLongLong() == widgetId);
    CHECK(widgetRows.first(u"state"_s).toString() == u"submitted"_s);

    // The audit chain verifies on the promoted server (kohi-admin, as IT would run it).
    REQUIRE(dba.exec(u"SELECT kohi_audit.seal()"_s).ok);
    QProcessEnvironment env = primary.environment();
    env.insert(u"PGPORT"_s, QString::number(standbyPort));
    env.insert(u"PGPASSFILE"_s, standbyDir + u"/dba.pgpass"_s);
    QProcess verify;
    verify.setProcessEnvironment(env);
    verify.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), {u"audit"_s, u"verify"_s});
    REQUIRE(verify.waitForFinished(120000));
    const QString out =
        QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    INFO(out.toStdString());
    CHECK(verify.exitCode() == 0);
}
