// My Number screens with real widgets against a real, freshly migrated database: the clerk's
// entry dialog, the masked status list, the viewer's timed reveal and the approver's blind
// re-key. Each case migrates its own database (the sealing key is per database; the shared test
// database may already hold one from other tests). Numbers are synthetic and never printed.
#include "app/client/KeyProposalWidget.h"
#include "app/client/MainWindow.h"
#include "app/client/MyNumberConfirmDialog.h"
#include "app/client/MyNumberEntryDialog.h"
#include "app/client/MyNumberHolderModel.h"
#include "app/client/MyNumberLineEdit.h"
#include "app/client/MyNumberRevealDialog.h"
#include "app/client/MyNumberStatusModel.h"
#include "app/client/MyNumberStatusWidget.h"
#include "app/client/MyNumberViewerWidget.h"
#include "app/client/RecipientDetailWidget.h"
#include "app/client/RecipientSearchWidget.h"
#include "core/crypto/Argon2Params.h"
#include "core/validation/MyNumber.h"
#include "core/validation/MyNumberMask.h"
#include "db/Migrator.h"
#include "db/MyNumberConfirmation.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QAtomicInt>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethodQueryEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::MyNumberConfirmDialog;
using kohi::app::MyNumberEntryDialog;
using kohi::app::MyNumberHolderModel;
using kohi::app::MyNumberRevealDialog;
using kohi::app::MyNumberStatusModel;
using kohi::app::MyNumberStatusWidget;
using kohi::app::MyNumberViewerWidget;
using kohi::app::RevealTicker;
using kohi::db::MyNumberRepository;
using kohi::db::Session;
using kohi::test::TestDatabase;

namespace {

const kohi::crypto::Argon2Params FastArgon2{64, 1, 1};
const QString ViewerPassphrase = u"viewer passphrase gui 2026"_s;

QString syntheticNumber()
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

QString wrongCheckDigit(const QString& valid)
{
    const int d = valid.at(11).digitValue();
    return valid.left(11) + QString::number((d + 1) % 10);
}

// Does `text` hold any six consecutive digits of `number` (or the whole of it)?
bool leaks(const QString& text, const QString& number)
{
    QString digitsOnly;
    for (const QChar c : text)
        if (c.isDigit())
            digitsOnly += c;
    for (int i = 0; i + 6 <= number.size(); ++i)
        if (text.contains(number.mid(i, 6)) || digitsOnly.contains(number.mid(i, 6)))
            return true;
    return false;
}

struct Staff
{
    QString login;
    QString password;
};

// A database of its own, migrated from nothing, in the shared test cluster.
class GuiMyNumberDb
{
public:
    GuiMyNumberDb()
    {
        static QAtomicInt counter;
        REQUIRE(TestDatabase::instance().available());
        m_name = u"kohi_mngui_%1_%2"_s.arg(counter.fetchAndAddRelaxed(1))
                     .arg(QRandomGenerator::global()->bounded(1000000));
        auto postgres = TestDatabase::instance().admin();
        REQUIRE(postgres);
        REQUIRE(postgres->exec(u"CREATE DATABASE "_s + m_name).ok);
        m_dba = TestDatabase::instance().admin(m_name);
        REQUIRE(m_dba);
        kohi::db::Migrator migrator(*m_dba);
        const auto outcome = migrator.migrate();
        INFO(outcome.message.toStdString());
        REQUIRE(outcome.ok);
        m_dba = TestDatabase::instance().admin(m_name); // with the database's settings
        REQUIRE(m_dba);
        TestDatabase::registerRunTerminal(*m_dba); // staff connect with the run's certificate
        // FastArgon2 keys: accepted outside production only (migration 0022).
        REQUIRE(m_dba
                    ->exec(u"UPDATE kohi.setting SET value = 1"
                           " WHERE key = 'mynumber_argon2_test_params'"_s)
                    .ok);
        m_settings = TestDatabase::instance().settings();
        m_settings.database = m_name;
    }
    ~GuiMyNumberDb()
    {
        m_dba.reset();
        if (auto postgres = TestDatabase::instance().admin())
            postgres->exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
    }

    Session& dba() { return *m_dba; }

    Staff staff(const QString& prefix, const QStringList& duties)
    {
        static QAtomicInt counter;
        Staff s{u"%1_%2_%3"_s.arg(prefix)
                    .arg(counter.fetchAndAddRelaxed(1))
                    .arg(QRandomGenerator::global()->bounded(1000000)),
                u"Test-pw-%1-Aa9!"_s.arg(QRandomGenerator::global()->bounded(100000000))};
        const auto created = m_dba->exec(u"SELECT kohi_api.user_create($1, $2, $3::text[], $4)"_s,
                                         {s.login.toUtf8(), (u"試験 "_s + prefix).toUtf8(),
                                          (u'{' + duties.join(u',') + u'}').toUtf8(),
                                          m_dba->scramSecret(s.login, s.password)});
        INFO(created.errorMessage.toStdString());
        REQUIRE(created.ok);
        REQUIRE(m_dba
                    ->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                           " password_changed_at = now() WHERE login = $1"_s,
                           {s.login.toUtf8()})
                    .ok);
        return s;
    }

    std::unique_ptr<Session> login(const Staff& s)
    {
        auto session = std::make_unique<Session>(m_settings);
        const auto r = session->open(s.login, s.password);
        INFO(r.serverText.toStdString());
        REQUIRE(r.ok());
        REQUIRE(session->exec(u"SELECT kohi_api.session_begin('gui-test-terminal')"_s).ok);
        return session;
    }

    qint64 recipient(const QString& programme, const QString& municipality)
    {
        static QAtomicInt counter;
        const auto r = m_dba->exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ($1, $2, '画面', '花子', 'ガメン', 'ハナコ', '1960-05-01', 2,"
            " '大阪府試験市1-1', $3, true) RETURNING id"_s,
            {programme.toUtf8(), QByteArray::number(2000000 + counter.fetchAndAddRelaxed(1)),
             municipality.toUtf8()});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.first(u"id"_s).toLongLong();
    }

    QString createKey(const Staff& viewer)
    {
        kohi::db::MyNumberKeyCeremony::KeyInfo key;
        QString error;
        const bool created = kohi::db::MyNumberKeyCeremony(*m_dba, FastArgon2)
                                 .createFirstKey(viewer.login, ViewerPassphrase, &key, &error);
        INFO(error.toStdString());
        REQUIRE(created);
        return key.fingerprintHex;
    }

    QString status(qint64 myNumberId)
    {
        const auto r = m_dba->exec(u"SELECT status FROM kohi.mynumber WHERE id = $1"_s,
                                   {QByteArray::number(myNumberId)});
        REQUIRE(r.ok);
        return r.first(u"status"_s).toString();
    }

private:
    QString m_name;
    std::unique_ptr<Session> m_dba;
    kohi::db::ConnectionSettings m_settings;
};

// Types the number into the entry dialog and presses 登録; returns the registered id (0 if not).
qint64 enterNumber(MyNumberEntryDialog& dialog, const QString& number)
{
    QSignalSpy spy(&dialog, &MyNumberEntryDialog::registered);
    auto* field = dialog.findChild<QLineEdit*>(u"myNumberInput"_s);
    REQUIRE(field);
    QTest::keyClicks(field, number);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"myNumberRegister"_s), Qt::LeftButton);
    CHECK(field->text().isEmpty()); // wiped after every attempt
    return spy.isEmpty() ? 0 : spy.first().first().toLongLong();
}

} // namespace

TEST_CASE("a clerk registers a My Number in the entry dialog, the field is wiped, refusals keep "
          "the other fields, and the status list shows only the mask",
          "[gui][mynumber]")
{
    GuiMyNumberDb db;
    const Staff viewer = db.staff(u"gmv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"gmc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString pin = db.createKey(viewer);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s); // 岸和田市
    auto session = db.login(clerk);
    MyNumberRepository repo(*session, pin);
    const QString number = syntheticNumber();

    MyNumberEntryDialog dialog(repo, rid);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* field = dialog.findChild<QLineEdit*>(u"myNumberInput"_s);
    REQUIRE(field);
    CHECK(field->contextMenuPolicy() == Qt::NoContextMenu);
    CHECK_FALSE(field->testAttribute(Qt::WA_InputMethodEnabled));
    QInputMethodQueryEvent query(Qt::ImEnabled);
    QCoreApplication::sendEvent(field, &query);
    CHECK_FALSE(query.value(Qt::ImEnabled).toBool()); // what the platform IME follows

    SECTION("copy and cut are refused; a wrong check digit is caught without echoing digits")
    {
        QGuiApplication::clipboard()->setText(u"before"_s);
        QTest::keyClicks(field, wrongCheckDigit(number));
        field->selectAll();
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier);
        CHECK(QGuiApplication::clipboard()->text() == u"before"_s);
        CHECK(field->text() == wrongCheckDigit(number)); // cut did not remove it either
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"myNumberRegister"_s), Qt::LeftButton);
        CHECK_FALSE(dialog.message().isEmpty());
        CHECK_FALSE(leaks(dialog.message(), number));
        field->clear();
    }

    const qint64 id = enterNumber(dialog, number);
    INFO(dialog.message().toStdString());
    REQUIRE(id > 0);
    CHECK(dialog.message() == u"本人（受診者）の個人番号を登録しました（承認待ち）。"_s);
    CHECK(db.status(id) == u"pending"_s);

    // The same number for another recipient: the server refuses (duplicate); the name and
    // relationship typed for the guardian stay, the number field is wiped.
    const qint64 other = db.recipient(u"54"_s, u"272027"_s);
    MyNumberEntryDialog second(repo, other);
    second.show();
    auto* role = second.findChild<QComboBox*>(u"myNumberRole"_s);
    role->setCurrentIndex(role->findData(int(kohi::db::PersonRole::Guardian)));
    // Japanese text arrives through the IME, not as key clicks.
    second.findChild<QLineEdit*>(u"myNumberPersonName"_s)->insert(u"画面 太郎"_s);
    second.findChild<QLineEdit*>(u"myNumberRelationship"_s)->insert(u"父"_s);
    CHECK(enterNumber(second, number) == 0);
    INFO(second.message().toStdString());
    CHECK_FALSE(second.message().isEmpty());
    CHECK_FALSE(leaks(second.message(), number));
    CHECK(second.findChild<QLineEdit*>(u"myNumberPersonName"_s)->text() == u"画面 太郎"_s);
    CHECK(second.findChild<QLineEdit*>(u"myNumberRelationship"_s)->text() == u"父"_s);

    // The status list: the mask, role and 照合待ち; no data role of any cell carries the number.
    MyNumberStatusWidget status(repo, rid);
    status.show();
    MyNumberStatusModel* model = status.model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(MyNumberStatusModel::IdRole).toLongLong() == id)
            row = r;
    REQUIRE(row >= 0);
    CHECK(model->index(row, MyNumberStatusModel::NumberColumn).data() == kohi::maskMyNumber());
    CHECK(model->index(row, MyNumberStatusModel::RoleColumn).data() == u"本人（受診者）"_s);
    CHECK(model->index(row, MyNumberStatusModel::StatusColumn).data() == u"照合待ち"_s);
    CHECK_FALSE(
        model->index(row, MyNumberStatusModel::RegisteredAtColumn).data().toString().isEmpty());
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            for (int dataRole = 0; dataRole < Qt::UserRole; ++dataRole) {
                const QString text = model->index(r, c).data(dataRole).toString();
                CHECK_FALSE(leaks(text, number));
                if (c != MyNumberStatusModel::RegisteredAtColumn)
                    CHECK_FALSE(text.contains(QRegularExpression(u"[0-9０-９]"_s)));
            }
        }
    }
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(row, 0), model->index(row, 1)}));
    if (mime)
        for (const QString& format : mime->formats())
            CHECK_FALSE(leaks(QString::fromUtf8(mime->data(format)), number));

    // Copying from the view yields the mask (never digits of the number).
    status.view()->setFocus();
    status.view()->setCurrentIndex(model->index(row, MyNumberStatusModel::NumberColumn));
    QTest::keyClick(status.view(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.startsWith(kohi::maskMyNumber()));
    CHECK_FALSE(leaks(copied, number));
    CHECK(status.selectedMyNumberId() == id);
}

TEST_CASE("a viewer reveals a number with a reason and passphrase, it is shown for a limited "
          "time, then wiped and the dialog closes, and a wrong passphrase says so",
          "[gui][mynumber]")
{
    GuiMyNumberDb db;
    const Staff viewer = db.staff(u"grv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"grc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString pin = db.createKey(viewer);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s);
    auto clerkSession = db.login(clerk);
    MyNumberRepository clerkRepo(*clerkSession, pin);
    const QString number = syntheticNumber();
    qint64 id = 0;
    {
        MyNumberEntryDialog entry(clerkRepo, rid);
        entry.show();
        id = enterNumber(entry, number);
        INFO(entry.message().toStdString());
        REQUIRE(id > 0);
    }
    auto viewerSession = db.login(viewer);
    MyNumberRepository repo(*viewerSession, pin);

    SECTION("wrong passphrase")
    {
        MyNumberRevealDialog dialog(repo, id, u"本人（受診者）"_s);
        dialog.show();
        auto* passphrase = dialog.findChild<QLineEdit*>(u"revealPassphrase"_s);
        QTest::keyClicks(passphrase, u"not the passphrase"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"revealButton"_s), Qt::LeftButton);
        CHECK(dialog.message() == u"復号用パスフレーズが正しくありません。"_s);
        CHECK(passphrase->text().isEmpty());
        CHECK(dialog.findChild<QLabel*>(u"revealNumber"_s)->text().isEmpty());
        CHECK(dialog.isVisible());
    }

    SECTION("right passphrase: shown, counted down, wiped, closed")
    {
        auto* ticker = new RevealTicker; // advanced by hand
        MyNumberRevealDialog dialog(repo, id, u"本人（受診者）"_s, nullptr,
                                    std::chrono::seconds(30), ticker);
        dialog.show();
        auto* reason = dialog.findChild<QComboBox*>(u"revealReason"_s);
        REQUIRE(reason->count() >= 2);
        reason->setCurrentIndex(reason->findData(u"identity"_s));
        dialog.findChild<QLineEdit*>(u"revealReasonText"_s)->insert(u"窓口で本人確認"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"revealPassphrase"_s), ViewerPassphrase);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"revealButton"_s), Qt::LeftButton);
        INFO(dialog.message().toStdString());

        auto* label = dialog.findChild<QLabel*>(u"revealNumber"_s);
        REQUIRE(label);
        CHECK(label->textInteractionFlags() == Qt::NoTextInteraction);
        REQUIRE(dialog.isShowingNumber());
        CHECK(QString(label->text()).remove(u' ') == number);
        CHECK(dialog.findChild<QLabel*>(u"revealCountdown"_s)->text().contains(u"30"_s));
        CHECK(ticker->isActive());

        for (int i = 0; i < 29; ++i)
            ticker->tick();
        CHECK(dialog.isVisible());
        CHECK(dialog.secondsLeft() == 1);
        CHECK(QString(label->text()).remove(u' ') == number);
        ticker->tick();
        CHECK(label->text().isEmpty());
        CHECK_FALSE(dialog.isShowingNumber());
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(ticker->isActive());
    }
}

TEST_CASE("the approver re-keys a pending number blind: wrong says 一致しません, right says "
          "一致しました, and the clerk who entered it is refused",
          "[gui][mynumber]")
{
    GuiMyNumberDb db;
    // An office that allows one person both duties (0021; refused by default): the clerk who
    // entered the number still cannot confirm it.
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1 WHERE key = 'allow_clerk_and_approver'"_s)
                .ok);
    const Staff clerk = db.staff(u"gcc"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    const Staff approver = db.staff(u"gca"_s, {u"kohi_approver"_s});
    const Staff viewer = db.staff(u"gcv"_s, {u"kohi_mynumber_viewer"_s});
    const QString pin = db.createKey(viewer);
    auto c = db.login(clerk);
    auto a = db.login(approver);

    const QDate today = QDate::currentDate();
    const QByteArray form =
        u"{\"family_name\":\"照合\",\"given_name\":\"花子\",\"family_name_kana\":\"ショウゴウ\","
        "\"given_name_kana\":\"ハナコ\",\"birth_date\":\"1960-05-01\",\"sex\":2,"
        "\"address\":\"大阪府岸和田市合成町1丁目\",\"municipality_code\":\"272027\","
        "\"received_date\":\"%1\",\"disease_code\":\"006\",\"income_tier\":\"low1\","
        "\"valid_from\":\"%1\",\"valid_to\":\"%2\"}"_s
            .arg(today.toString(Qt::ISODate), today.addYears(1).addDays(-1).toString(Qt::ISODate))
            .toUtf8();
    const auto saved = c->exec(
        u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s, {form});
    INFO(saved.errorMessage.toStdString());
    REQUIRE(saved.ok);
    const qint64 appId = saved.first(u"id"_s).toLongLong();
    const qint64 recipientId = saved.first(u"recipient_id"_s).toLongLong();

    const QString number = syntheticNumber();
    MyNumberRepository repo(*c, pin);
    MyNumberEntryDialog entry(repo, recipientId);
    entry.show();
    const qint64 id = enterNumber(entry, number);
    INFO(entry.message().toStdString());
    REQUIRE(id > 0);
    // Approvers see the numbers of the applications submitted to them (0021).
    REQUIRE(c->exec(u"SELECT kohi_api.application_submit($1, $2)"_s,
                    {QByteArray::number(appId), saved.first(u"version"_s).toByteArray()})
                .ok);

    QString error;
    const auto pending = kohi::db::pendingMyNumbers(*a, appId, &error);
    INFO(error.toStdString());
    REQUIRE(pending.size() == 1);
    CHECK(pending.first().id == id);
    CHECK(pending.first().roleLabel == u"本人（受診者）"_s);

    auto rekey = [&](MyNumberConfirmDialog& dialog, const QString& typed) {
        auto* field = dialog.findChild<QLineEdit*>(u"confirmInput"_s);
        REQUIRE(field);
        QTest::keyClicks(field, typed);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
        CHECK(field->text().isEmpty()); // wiped every time
        CHECK_FALSE(leaks(dialog.message(), number));
        return dialog.message();
    };

    // The clerk holding the approver duty cannot confirm their own entry.
    {
        MyNumberConfirmDialog own(*c, pending.first());
        own.show();
        CHECK(rekey(own, number).startsWith(u"自分が入力した個人番号は照合できません"_s));
        CHECK(own.lastOutcome() == kohi::db::MyNumberConfirmation::Outcome::Refused);
    }

    MyNumberConfirmDialog dialog(*a, pending.first());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Whose number is shown, never the number.
    for (QLabel* label : dialog.findChildren<QLabel*>())
        CHECK_FALSE(leaks(label->text(), number));
    QSignalSpy confirmed(&dialog, &MyNumberConfirmDialog::confirmed);
    CHECK(rekey(dialog, wrongCheckDigit(number)) == u"一致しません。"_s);
    CHECK(dialog.lastOutcome() == kohi::db::MyNumberConfirmation::Outcome::Mismatch);
    CHECK(db.status(id) == u"pending"_s);
    CHECK(confirmed.isEmpty());
    CHECK(rekey(dialog, number) == u"一致しました。"_s);
    CHECK(dialog.lastOutcome() == kohi::db::MyNumberConfirmation::Outcome::Confirmed);
    CHECK(confirmed.size() == 1);
    CHECK(db.status(id) == u"approved"_s);

    // The status list now says 照合済み.
    MyNumberStatusWidget status(repo, recipientId);
    bool found = false;
    for (int r = 0; r < status.model()->rowCount(); ++r)
        if (status.model()->index(r, 0).data(MyNumberStatusModel::IdRole).toLongLong() == id) {
            found = true;
            CHECK(status.model()->index(r, MyNumberStatusModel::StatusColumn).data() ==
                  u"照合済み"_s);
        }
    CHECK(found);
}

TEST_CASE("a viewer's main window has 個人番号の表示: a vague search is refused and keeps the "
          "criteria, a precise one lists the holder masked, and the number is revealed with a "
          "reason and passphrase, shown for a limited time and logged",
          "[gui][mynumber][viewer]")
{
    GuiMyNumberDb db;
    const Staff viewer = db.staff(u"gvv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"gvc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString pin = db.createKey(viewer);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s); // 画面 花子, ガメン ハナコ, 1960-05-01
    const auto numberRow = db.dba().exec(
        u"SELECT recipient_number FROM kohi.recipient WHERE id = $1"_s, {QByteArray::number(rid)});
    REQUIRE(numberRow.ok);
    const QString recipientNumber = numberRow.first(u"recipient_number"_s).toString();
    const QString number = syntheticNumber();
    qint64 id = 0;
    {
        auto clerkSession = db.login(clerk);
        const auto reg = MyNumberRepository(*clerkSession, pin)
                             .registerNumber({rid, kohi::db::PersonRole::Patient, {}, {}, {}},
                                             kohi::crypto::SecureBytes::fromUtf8(number));
        INFO(reg.message.toStdString());
        REQUIRE(reg.registered());
        id = reg.id;
    }

    auto session = db.login(viewer);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    REQUIRE(info.isValid());
    kohi::app::MainWindow window(std::move(session), info);
    window.setPinnedFingerprint(pin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    int tab = -1;
    for (int i = 0; i < window.tabs()->count(); ++i)
        if (window.tabs()->tabText(i) == u"個人番号の表示"_s)
            tab = i;
    REQUIRE(tab >= 0);
    window.tabs()->setCurrentIndex(tab);
    auto* page = qobject_cast<MyNumberViewerWidget*>(window.tabs()->widget(tab));
    REQUIRE(page);
    RevealTicker* ticker = nullptr; // advanced by hand
    page->setRevealTiming(std::chrono::seconds(30),
                          [&ticker] { return ticker = new RevealTicker; });
    auto* kana = page->findChild<QLineEdit*>(u"viewerSearchKana"_s);
    auto* birth = page->findChild<QLineEdit*>(u"viewerSearchBirth"_s);
    auto* search = page->findChild<QPushButton*>(u"viewerSearchButton"_s);
    auto* reveal = page->findChild<QPushButton*>(u"viewerRevealButton"_s);
    REQUIRE((kana && birth && search && reveal));

    // Kana alone is not precise enough: the server says what is needed; what was typed stays.
    kana->insert(u"がめん"_s); // hiragana, as typed in a hurry
    QTest::mouseClick(search, Qt::LeftButton);
    CHECK(page->message() == u"検索条件が足りません。受給者番号（7桁）か、カナ氏名（2文字以上）と"
                             "生年月日の両方を入力してください。"_s);
    CHECK(kana->text() == u"がめん"_s);
    CHECK(page->model()->rowCount() == 0);
    CHECK_FALSE(reveal->isEnabled());

    // With the date of birth in 和暦: the holder, with the mask in place of the number.
    QTest::keyClicks(birth, u"S35.5.1"_s);
    QTest::mouseClick(search, Qt::LeftButton);
    INFO(page->message().toStdString());
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->message().isEmpty());
    CHECK(kana->text() == u"がめん"_s);
    MyNumberHolderModel* model = page->model();
    CHECK(model->index(0, 0).data(MyNumberHolderModel::IdRole).toLongLong() == id);
    CHECK(model->index(0, MyNumberHolderModel::RecipientNumberColumn).data() == recipientNumber);
    CHECK(model->index(0, MyNumberHolderModel::NameColumn).data() == u"画面　花子"_s);
    CHECK(model->index(0, MyNumberHolderModel::MunicipalityColumn).data() == u"岸和田市"_s);
    CHECK(model->index(0, MyNumberHolderModel::NumberColumn).data() == kohi::maskMyNumber());
    CHECK(model->index(0, MyNumberHolderModel::StatusColumn).data() == u"照合待ち"_s);
    for (int c = 0; c < model->columnCount(); ++c)
        for (int dataRole = 0; dataRole < Qt::UserRole; ++dataRole)
            CHECK_FALSE(leaks(model->index(0, c).data(dataRole).toString(), number));
    CHECK(reveal->isEnabled());

    // 表示…: the reveal dialog names whose number it is.
    QTest::mouseClick(reveal, Qt::LeftButton);
    QPointer<MyNumberRevealDialog> dialog = page->revealDialog();
    REQUIRE(dialog);
    REQUIRE(ticker);
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLabel*>(u"revealPerson"_s)->text() ==
          u"画面　花子（受給者番号 %1）の本人（受診者）"_s.arg(recipientNumber));
    auto* reason = dialog->findChild<QComboBox*>(u"revealReason"_s);
    reason->setCurrentIndex(reason->findData(u"identity"_s));
    dialog->findChild<QLineEdit*>(u"revealReasonText"_s)->insert(u"窓口で本人確認"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"revealPassphrase"_s), ViewerPassphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"revealButton"_s), Qt::LeftButton);
    INFO(dialog->message().toStdString());
    auto* label = dialog->findChild<QLabel*>(u"revealNumber"_s);
    REQUIRE(dialog->isShowingNumber());
    CHECK(QString(label->text()).remove(u' ') == number);
    for (int i = 0; i < 29; ++i)
        ticker->tick();
    CHECK(dialog->isVisible());
    CHECK(QString(label->text()).remove(u' ') == number);
    ticker->tick();
    CHECK(label->text().isEmpty());
    CHECK_FALSE(dialog->isShowingNumber());
    CHECK_FALSE(dialog->isVisible());
    QTRY_VERIFY(dialog.isNull()); // closed dialogs delete themselves
    CHECK_FALSE(page->revealDialog());

    // Double-click on the row opens it again; closing it reveals nothing and logs nothing.
    const QRect cell = page->view()->visualRect(model->index(0, MyNumberHolderModel::NameColumn));
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    dialog = page->revealDialog();
    REQUIRE(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"revealClose"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    // The access log: the one successful search and the one reveal, with reason and terminal;
    // the vague search only as its refusal (0019: recorded by the server), with nothing read.
    kohi::test::sealAuditLog(db.dba());
    const auto logged = db.dba().exec(
        u"SELECT action, target, terminal_id, details->>'reason' AS reason,"
        " (details->>'mynumber_id')::bigint AS id, (details->>'rows')::int AS n"
        " FROM kohi.audit_event WHERE login = $1 AND outcome = 'ok'"
        " AND action IN ('mynumber_holder_search', 'mynumber_reveal') ORDER BY chain_seq"_s,
        {viewer.login.toUtf8()});
    REQUIRE(logged.ok);
    const auto refused =
        db.dba().exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
                      " AND action = 'mynumber_holder_search' AND outcome = 'refused'"
                      " AND details->>'sqlstate' = '22023' AND NOT details ? 'rows'"_s,
                      {viewer.login.toUtf8()});
    REQUIRE(refused.ok);
    CHECK(refused.first(u"n"_s).toInt() == 1);
    REQUIRE(logged.rows.size() == 2);
    CHECK(logged.value(0, u"action"_s).toString() == u"mynumber_holder_search"_s);
    CHECK(logged.value(0, u"n"_s).toInt() == 1);
    CHECK(logged.value(1, u"action"_s).toString() == u"mynumber_reveal"_s);
    CHECK(logged.value(1, u"target"_s).toString() == u"recipient:%1"_s.arg(rid));
    // The terminal of the certificate the session presented, not the id the client declared
    // ('gui-test-terminal', ignored since 0023).
    CHECK(logged.value(1, u"terminal_id"_s).toString() == u"test-terminal"_s);
    CHECK(logged.value(1, u"reason"_s).toString() == u"本人確認"_s);
    CHECK(logged.value(1, u"id"_s).toLongLong() == id);
}

TEST_CASE("the second person approves or rejects a key proposal in 鍵の操作の承認: the proposer "
          "and the viewer concerned cannot approve, the proposer may withdraw",
          "[gui][mynumber][keys]")
{
    using Kind = kohi::db::MyNumberKeyCeremony::ProposalKind;
    using kohi::app::KeyProposalWidget;
    GuiMyNumberDb db;
    const Staff viewer = db.staff(u"gkv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff second = db.staff(u"gkw"_s, {u"kohi_mynumber_viewer"_s});
    const Staff admin = db.staff(u"gka"_s, {u"kohi_user_admin"_s});
    db.createKey(viewer);
    auto viewerSession = db.login(viewer);
    kohi::db::MyNumberKeyCeremony proposer(*viewerSession, FastArgon2);
    kohi::db::MyNumberKeyCeremony::Proposal enrol;
    kohi::db::MyNumberKeyCeremony::Proposal rotate;
    QString error;
    REQUIRE(proposer.propose(Kind::Enrol, second.login, false, u"異動のため"_s, &enrol, &error));
    REQUIRE(proposer.propose(Kind::Rotate, {}, false, u"年次の鍵更新"_s, &rotate, &error));

    // The proposer's screen: both listed, 承認 disabled, the other button withdraws.
    KeyProposalWidget own(*viewerSession);
    own.show();
    REQUIRE(QTest::qWaitForWindowExposed(&own));
    REQUIRE(own.table()->rowCount() == 2);
    REQUIRE(own.selectProposal(enrol.id));
    auto* ownApprove = own.findChild<QPushButton*>(u"keyProposalApprove"_s);
    auto* ownReject = own.findChild<QPushButton*>(u"keyProposalReject"_s);
    CHECK_FALSE(ownApprove->isEnabled());
    CHECK(ownReject->isEnabled());
    CHECK(ownReject->text() == u"取り下げ"_s);
    CHECK(own.findChild<QLabel*>(u"keyProposalDetail"_s)
              ->text()
              .contains(u"自分の提案は承認できません"_s));
    // A doctored client that calls approve anyway gets the server's refusal.
    CHECK_FALSE(own.approveSelected());
    CHECK(own.message().contains(u"自分の提案は承認できません"_s));

    // The viewer the enrolment is about cannot approve it either.
    auto secondSession = db.login(second);
    KeyProposalWidget subject(*secondSession);
    subject.show();
    REQUIRE(subject.selectProposal(enrol.id));
    CHECK_FALSE(subject.findChild<QPushButton*>(u"keyProposalApprove"_s)->isEnabled());
    CHECK_FALSE(subject.approveSelected());
    CHECK(subject.message().contains(u"自分が対象の提案"_s));

    // The user administrator approves the enrolment with a note and rejects the rotation.
    auto adminSession = db.login(admin);
    KeyProposalWidget widget(*adminSession);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    REQUIRE(widget.table()->rowCount() == 2);
    CHECK(widget.table()->item(0, 1)->text() == u"鍵の更新"_s); // newest first
    REQUIRE(widget.selectProposal(enrol.id));
    auto* approve = widget.findChild<QPushButton*>(u"keyProposalApprove"_s);
    auto* reject = widget.findChild<QPushButton*>(u"keyProposalReject"_s);
    REQUIRE(approve->isEnabled());
    CHECK(reject->text() == u"却下"_s);
    widget.findChild<QLineEdit*>(u"keyProposalNote"_s)->insert(u"本人と上長に確認済み"_s);
    QTest::mouseClick(approve, Qt::LeftButton);
    INFO(widget.message().toStdString());
    CHECK(widget.message().contains(u"を承認しました"_s));
    CHECK(widget.message().contains(viewer.login));
    const auto decided = db.dba().exec(
        u"SELECT status, decided_by, decision_note FROM kohi.mynumber_key_proposal WHERE id = $1"_s,
        {QByteArray::number(enrol.id)});
    REQUIRE(decided.ok);
    CHECK(decided.first(u"status"_s).toString() == u"approved"_s);
    CHECK(decided.first(u"decided_by"_s).toString() == admin.login);
    CHECK(decided.first(u"decision_note"_s).toString() == u"本人と上長に確認済み"_s);
    CHECK_FALSE(approve->isEnabled()); // decided: nothing more to approve
    REQUIRE(widget.selectProposal(rotate.id));
    QTest::mouseClick(reject, Qt::LeftButton);
    CHECK(widget.message().contains(u"を却下しました"_s));
    CHECK(widget.table()->rowCount() == 1); // open ones only: the approved enrolment

    // The approval carries: the proposer enrols the second viewer.
    REQUIRE(
        proposer.enrol(second.login, ViewerPassphrase, u"second viewer gui passphrase"_s, &error));
    auto* showClosed = widget.findChild<QCheckBox*>(u"keyProposalShowClosed"_s);
    QTest::mouseClick(showClosed, Qt::LeftButton);
    REQUIRE(widget.table()->rowCount() == 2);
    QStringList states;
    for (int row = 0; row < 2; ++row)
        states << widget.table()->item(row, 5)->text();
    CHECK(states == QStringList{u"却下"_s, u"実行済み"_s});
}

TEST_CASE("a recipient opens once, as one tab, and its detail states the number's registration "
          "as the status table does",
          "[gui][mynumber][search]")
{
    GuiMyNumberDb db;
    const Staff viewer = db.staff(u"gdv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"gdc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString pin = db.createKey(viewer);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s);

    auto session = db.login(clerk);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    REQUIRE(info.isValid());
    kohi::app::MainWindow window(std::move(session), info);
    window.setPinnedFingerprint(pin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The search tab opens recipients as tabs of the main window, never as a second window.
    auto* search = window.findChild<kohi::app::RecipientSearchWidget*>();
    REQUIRE(search);
    const int tabsBefore = window.tabs()->count();
    window.openRecipient(rid);
    REQUIRE(window.tabs()->count() == tabsBefore + 1);
    QWidget* page = window.tabs()->currentWidget();
    window.tabs()->setCurrentIndex(0);
    window.openRecipient(rid); // a second open brings the same tab forward
    CHECK(window.tabs()->count() == tabsBefore + 1);
    CHECK(window.tabs()->currentWidget() == page);
    CHECK(search->findChildren<kohi::app::RecipientDetailWidget*>().isEmpty());

    auto* detail = page->findChild<kohi::app::RecipientDetailWidget*>();
    auto* numbers = page->findChild<MyNumberStatusWidget*>();
    REQUIRE((detail && numbers));
    auto* mask = detail->findChild<QLabel*>(u"detailMyNumberMask"_s);
    REQUIRE(mask);
    CHECK(mask->text() == u"未登録"_s);

    // Registered from this tab's dialog: the table refreshes and the detail follows it.
    const QString number = syntheticNumber();
    {
        auto clerkSession = db.login(clerk);
        const auto reg = MyNumberRepository(*clerkSession, pin)
                             .registerNumber({rid, kohi::db::PersonRole::Patient, {}, {}, {}},
                                             kohi::crypto::SecureBytes::fromUtf8(number));
        INFO(reg.message.toStdString());
        REQUIRE(reg.registered());
    }
    numbers->refresh();
    CHECK(mask->text() == kohi::maskMyNumber() + u"（照合待ち）"_s);
    CHECK_FALSE(leaks(mask->text(), number));

    // Closed and opened again: a new tab, not a stale pointer.
    window.tabs()->removeTab(window.tabs()->indexOf(page));
    window.openRecipient(rid);
    CHECK(window.tabs()->count() == tabsBefore + 1);
    CHECK(window.tabs()->currentWidget() != page);
    delete page;
}
