// The access-log screen with real widgets against the real test cluster: search, keyset paging,
// detail pane, CSV export (CP932 and UTF-8 with BOM) and the export's own audit event.
#include "app/client/AuditLogModel.h"
#include "app/client/AuditLogWidget.h"
#include "db/AuditLogRepository.h"
#include "tests/support/TestDatabase.h"

#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::AuditLogModel;
using kohi::app::AuditLogWidget;
using kohi::test::TestDatabase;

namespace {

// A terminal name with characters outside JIS X 0208 (IBM extensions in CP932): the classic
// trap for exports written as Shift_JIS instead of CP932.
const QString kTerminal = u"髙﨑の端末"_s;

bool waitLoaded(const AuditLogModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 10000);
}

QStringList actionsOf(const AuditLogModel& model)
{
    QStringList actions;
    for (int i = 0; i < model.rowCount(); ++i)
        actions << model.event(i).action;
    return actions;
}

void beginSession(const kohi::db::Session& s, const QString& terminal)
{
    const auto r = s.exec(u"SELECT kohi_api.session_begin($1)"_s, {terminal.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

} // namespace

TEST_CASE("an auditor finds a staff member's events, pages through them and exports CSV",
          "[gui][audit]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto staff = tdb.createStaff(u"al_staff"_s, {u"kohi_clerk_nanbyo"_s});
    const auto auditor = tdb.createStaff(u"al_aud"_s, {u"kohi_auditor"_s});
    const QDateTime before = QDateTime::currentDateTime().addSecs(-120);

    // The staff member's day: login, session start on a named terminal (its certificate names
    // it), a failed password change, idle lock and unlock twice.
    const auto terminal = tdb.issueTerminal(kTerminal, false);
    {
        auto s = tdb.connect(staff.login, staff.password, terminal);
        REQUIRE(s);
        beginSession(*s, kTerminal);
        CHECK_FALSE(s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                            {"wrong-Current-1", "Abcdef-12345"})
                        .ok);
        for (int i = 0; i < 2; ++i) {
            REQUIRE(s->exec(u"SELECT kohi_api.session_event('idle_lock')"_s).ok);
            REQUIRE(s->exec(u"SELECT kohi_api.session_event('idle_unlock')"_s).ok);
        }
    }

    auto session = tdb.connect(auditor.login, auditor.password);
    REQUIRE(session);
    beginSession(*session, u"audit-pc"_s);

    AuditLogWidget widget(*session);
    widget.resize(1000, 700);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    AuditLogModel* model = widget.model();
    model->setPageSize(2); // several pages for a handful of events

    widget.findChild<QDateTimeEdit*>(u"fromEdit"_s)->setDateTime(before);
    widget.findChild<QDateTimeEdit*>(u"toEdit"_s)
        ->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    QTest::keyClicks(widget.findChild<QLineEdit*>(u"loginEdit"_s), staff.login);
    QTest::mouseClick(widget.findChild<QPushButton*>(u"searchButton"_s), Qt::LeftButton);
    REQUIRE(waitLoaded(*model));
    INFO(widget.findChild<QLabel*>(u"statusLabel"_s)->text().toStdString());
    REQUIRE(model->errorMessage().isEmpty());
    // Whole pages only (the view itself may already have asked for more to fill its viewport).
    CHECK(model->rowCount() >= 2);
    CHECK(model->rowCount() % 2 == 0);
    REQUIRE(model->canFetchMore({}));

    // Keyset paging: each fetchMore appends the page after the last chain sequence.
    int pages = 1;
    while (model->canFetchMore({})) {
        const int had = model->rowCount();
        model->fetchMore({});
        REQUIRE(waitLoaded(*model));
        REQUIRE(model->errorMessage().isEmpty());
        CHECK(model->rowCount() >= had);
        ++pages;
    }
    CHECK(pages >= 3);
    const QStringList actions = actionsOf(*model);
    INFO(actions.join(u", "_s).toStdString());
    CHECK(actions.count(u"idle_lock"_s) == 2);
    CHECK(actions.count(u"idle_unlock"_s) == 2);
    CHECK(actions.contains(u"session_begin"_s));
    CHECK(actions.contains(u"login_ok"_s));
    QSet<qint64> seqs;
    for (int i = 0; i < model->rowCount(); ++i) {
        const auto& e = model->event(i);
        CHECK(e.login == staff.login);
        if (i > 0)
            CHECK(e.seq < model->event(i - 1).seq); // newest first, no repeats across pages
        seqs.insert(e.seq);
        if (e.action == "session_begin"_L1)
            CHECK(e.terminalId == kTerminal);
    }
    CHECK(seqs.size() == model->rowCount());

    // Japanese headers and labels; the detail pane shows the whole event.
    CHECK(model->headerData(AuditLogModel::AtColumn, Qt::Horizontal).toString() == u"日時"_s);
    CHECK(model->headerData(AuditLogModel::OutcomeColumn, Qt::Horizontal).toString() == u"結果"_s);
    const int beginRow = int(actions.indexOf(u"session_begin"_s));
    CHECK(model->index(beginRow, AuditLogModel::ActionColumn).data().toString() == u"業務開始"_s);
    CHECK(AuditLogModel::actionLabel(u"application_submit"_s).startsWith(u"申請"_s));
    CHECK(AuditLogModel::actionLabel(u"no_such_code"_s) == u"no_such_code"_s);
    auto* view = widget.findChild<QTableView*>(u"resultsView"_s);
    view->setCurrentIndex(model->index(beginRow, 0));
    const QString detail = widget.findChild<QPlainTextEdit*>(u"detailPane"_s)->toPlainText();
    CHECK(detail.contains(kTerminal));
    CHECK(detail.contains(u"session_begin"_s));
    CHECK(detail.contains(u"詳細"_s));

    // CSV in CP932: every matching row (read again page by page), Japanese intact.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cp932Path = dir.filePath(u"log_cp932.csv"_s);
    INFO(widget.errorMessage().toStdString());
    REQUIRE(widget.exportCsv(cp932Path, AuditLogWidget::CsvEncoding::Cp932));
    CHECK(widget.lastExportRows() == model->rowCount());
    QFile cp932File(cp932Path);
    REQUIRE(cp932File.open(QIODevice::ReadOnly));
    const QByteArray cp932Bytes = cp932File.readAll();
    CHECK_FALSE(cp932Bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder cp932("CP932");
    REQUIRE(cp932.isValid());
    const QString cp932Text = cp932.decode(cp932Bytes);
    CHECK_FALSE(cp932.hasError());
    CHECK(cp932Text.startsWith(
        u"連番,日時,ユーザー,接続元,端末,操作,操作コード,対象,制度,結果,詳細\r\n"_s));
    CHECK(cp932Text.contains(kTerminal));
    CHECK(cp932Text.contains(u"業務開始"_s));
    CHECK(cp932Text.count(u"\r\n"_s) == model->rowCount() + 1);
    CHECK_FALSE(cp932Bytes.contains(kTerminal.toUtf8())); // really CP932, not UTF-8

    // UTF-8 with BOM for newer Excel.
    const QString utf8Path = dir.filePath(u"log_utf8.csv"_s);
    REQUIRE(widget.exportCsv(utf8Path, AuditLogWidget::CsvEncoding::Utf8Bom));
    QFile utf8File(utf8Path);
    REQUIRE(utf8File.open(QIODevice::ReadOnly));
    const QByteArray utf8Bytes = utf8File.readAll();
    CHECK(utf8Bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(utf8Bytes.mid(3)).startsWith(u"連番,日時"_s));
    CHECK(utf8Bytes.contains(kTerminal.toUtf8()));

    // Both exports are in the chain as the auditor's audit_export events.
    auto admin = tdb.admin();
    REQUIRE(admin);
    const auto ev = admin->exec(
        u"SELECT details->>'rows' AS n, details->'conditions'->>'login' AS login,"
        " details->'conditions'->>'encoding' AS encoding, outcome"
        " FROM kohi.audit_event WHERE login = $1 AND action = 'audit_export' ORDER BY chain_seq"_s,
        {auditor.login.toUtf8()});
    REQUIRE(ev.ok);
    REQUIRE(ev.rows.size() == 2);
    CHECK(ev.value(0, u"n"_s).toString() == QString::number(model->rowCount()));
    CHECK(ev.value(0, u"login"_s).toString() == staff.login);
    CHECK(ev.value(0, u"encoding"_s).toString() == u"CP932"_s);
    CHECK(ev.value(1, u"encoding"_s).toString() == u"UTF-8-BOM"_s);
    CHECK(ev.value(1, u"outcome"_s).toString() == u"ok"_s);

    // A new search drops the old one's pages (generation counter).
    const quint64 generation = model->generation();
    QTest::mouseClick(widget.findChild<QPushButton*>(u"searchButton"_s), Qt::LeftButton);
    CHECK(model->generation() == generation + 1);
    CHECK(model->rowCount() == 0);
    REQUIRE(waitLoaded(*model));
    CHECK(model->rowCount() >= 2);
    CHECK(model->event(0).login == staff.login);
}

TEST_CASE("a clerk may not search the whole log but sees their own history", "[gui][audit]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"al_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = tdb.connect(clerk.login, clerk.password);
    REQUIRE(session);
    beginSession(*session, u"clerk-pc"_s);

    kohi::db::AuditLogRepository repository(*session);
    CHECK_FALSE(repository.page({}, std::nullopt, 10));
    CHECK(repository.lastError().isPermission());
    CHECK(repository.lastError().message.contains(u"権限"_s));
    CHECK_FALSE(repository.recordExport({}, 0));
    CHECK(repository.lastError().isPermission());

    // The same refusal reaches the screen as the server's Japanese message.
    AuditLogWidget all(*session);
    QTest::mouseClick(all.findChild<QPushButton*>(u"searchButton"_s), Qt::LeftButton);
    REQUIRE(waitLoaded(*all.model()));
    CHECK(all.model()->rowCount() == 0);
    CHECK(all.findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"権限"_s));

    // Own history: only the clerk's own events, no export.
    AuditLogWidget own(*session, AuditLogWidget::Mode::OwnHistory);
    CHECK_FALSE(own.findChild<QPushButton*>(u"exportButton"_s)->isVisibleTo(&own));
    QTest::mouseClick(own.findChild<QPushButton*>(u"searchButton"_s), Qt::LeftButton);
    REQUIRE(waitLoaded(*own.model()));
    INFO(own.findChild<QLabel*>(u"statusLabel"_s)->text().toStdString());
    REQUIRE(own.model()->errorMessage().isEmpty());
    REQUIRE(own.model()->rowCount() > 0);
    CHECK(actionsOf(*own.model()).contains(u"session_begin"_s));
    for (int i = 0; i < own.model()->rowCount(); ++i)
        CHECK(own.model()->event(i).login == clerk.login);
    QTemporaryDir dir;
    CHECK_FALSE(own.exportCsv(dir.filePath(u"x.csv"_s), AuditLogWidget::CsvEncoding::Utf8Bom));
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.csv"_s)));
}
