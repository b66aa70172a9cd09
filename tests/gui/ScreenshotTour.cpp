// kohi-screenshots: drives the real client windows with a demo account and writes PNGs, for the
// README and for reviewing what users see. Usage:
//   kohi-screenshots --config var/kohi.ini --out DIR --user nanbyo_clerk [--newcomer newcomer]
// Passwords on stdin, one per line: the user's, then the newcomer's (an account whose initial
// password must still be changed; the tour shows the forced-change screen and cancels it).
#include "app/client/ChangePasswordDialog.h"
#include "app/client/ClientConfig.h"
#include "app/client/HouseholdDialog.h"
#include "app/client/IdleLockController.h"
#include "app/client/KeyProposalWidget.h"
#include "app/client/LockScreen.h"
#include "app/client/LoginDialog.h"
#include "app/client/MainWindow.h"
#include "app/client/RecipientSearchModel.h"
#include "app/client/RecipientSearchWidget.h"
#include "app/client/StaffProposalWidget.h"
#include "app/client/juki/JukiImportWizard.h"
#include "db/ApplicationRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString save(QWidget& w, const QString& dir, const QString& name)
{
    QTest::qWait(200); // let fonts and layouts settle
    const QString path = QDir(dir).absoluteFilePath(name);
    w.grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
    return path;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("LC_MESSAGES", "C");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption config(u"config"_s, u"kohi.ini"_s, u"path"_s);
    QCommandLineOption out(u"out"_s, u"output directory"_s, u"dir"_s);
    QCommandLineOption user(u"user"_s, u"demo user id"_s, u"id"_s);
    QCommandLineOption newcomer(u"newcomer"_s, u"demo user with a pending password change"_s,
                                u"id"_s);
    QCommandLineOption others(u"others"_s,
                              u"more demo users (comma-separated), each shown in "
                              "their main window; passwords on further stdin lines"_s,
                              u"ids"_s);
    QCommandLineOption viewerRecipient(u"viewer-recipient"_s,
                                       u"受給者番号 the viewer searches for; the reveal "
                                       "passphrase follows the passwords on stdin"_s,
                                       u"number"_s);
    QCommandLineOption jukiFile(u"juki-file"_s,
                                u"a 住基ネット answer file for the import wizard (matched as a "
                                "dry run, never imported)"_s,
                                u"path"_s);
    parser.addOptions({config, out, user, newcomer, others, viewerRecipient, jukiFile});
    parser.process(app);
    QDir().mkpath(parser.value(out));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    const QString newcomerPassword = QString::fromUtf8(in.readLine()).trimmed();

    const auto cfg = kohi::app::ClientConfig::load(parser.value(config));
    kohi::app::LoginDialog login(cfg.connection);
    login.show();
    if (!QTest::qWaitForWindowExposed(&login))
        return 1;
    QTest::keyClicks(login.findChild<QLineEdit*>(u"userId"_s), parser.value(user));
    save(login, parser.value(out), u"login.png"_s);

    // A wrong password first, to show the message users get; three times, so that the
    // monitoring tab later has the failed-login alert to show (the lockout comes at five).
    for (int attempt = 0; attempt < 3; ++attempt) {
        login.findChild<QLineEdit*>(u"password"_s)->clear();
        QTest::keyClicks(login.findChild<QLineEdit*>(u"password"_s), u"wrong-password"_s);
        QTest::mouseClick(login.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    }
    save(login, parser.value(out), u"login-wrong-password.png"_s);

    QTest::keyClicks(login.findChild<QLineEdit*>(u"password"_s), password);
    QTest::mouseClick(login.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    if (login.result() != QDialog::Accepted) {
        QTextStream(stderr) << login.message() << Qt::endl;
        return 1;
    }
    auto session = login.takeSession();
    auto info = kohi::db::SessionInfo::fetch(*session);
    kohi::app::MainWindow window(std::move(session), info);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    save(window, parser.value(out), u"main-window.png"_s);
    // The clerk's 住基ネット import wizard: preview and the server's matching (a dry run).
    if (parser.isSet(jukiFile)) {
        kohi::app::JukiImportWizard wizard(window.session(), cfg.publicKeyFingerprint, &window);
        wizard.setFilePath(parser.value(jukiFile));
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return 1;
        wizard.next();
        save(wizard, parser.value(out), u"juki-import-preview.png"_s);
        wizard.next();
        save(wizard, parser.value(out), u"juki-import-match.png"_s);
        wizard.reject();
    }
    // The clerk's search, with synthetic recipients.
    if (auto* search = window.findChild<kohi::app::RecipientSearchWidget*>()) {
        window.tabs()->setCurrentWidget(search);
        search->findChild<QLineEdit*>(u"searchKana"_s)->setText(u"ｻﾄｳ"_s);
        QTest::keyClick(search->findChild<QLineEdit*>(u"searchKana"_s), Qt::Key_Return);
        if (!QTest::qWaitFor([search] { return !search->model()->isLoading(); }, 5000))
            return 1;
        save(window, parser.value(out), u"recipient-search.png"_s);
        window.tabs()->setCurrentIndex(window.tabs()->indexOf(search) + 1);
        save(window, parser.value(out), u"application-entry.png"_s);
        // The smallest screen the office has (issue 16): the whole form with 保存/提出 fits.
        const QSize full = window.size();
        window.resize(1024, 768);
        QTest::qWait(100);
        save(window, parser.value(out), u"application-entry-1024x768.png"_s);
        window.resize(full);
        QTest::qWait(100);
        // The household screen (支給認定基準世帯) with a synthetic family: the server computes
        // the 階層区分 from the members' 所得割 and shows how.
        if (window.sessionInfo().programmes.contains(u"54"_s)) {
            kohi::app::HouseholdDialog household(window.session(), u"54"_s, std::nullopt);
            household.findChild<QLineEdit*>(u"householdName"_s)
                ->setText(u"合成 太郎 世帯（デモ）"_s);
            auto* members = household.findChild<QTableWidget*>(u"memberTable"_s);
            auto set = [members](int row, int column, const QString& text) {
                members->item(row, column)->setText(text);
            };
            set(0, 0, u"合成 太郎"_s);
            set(0, 6, u"68,400"_s);
            household.addMember();
            set(1, 0, u"合成 花子"_s);
            set(1, 1, u"妻"_s);
            set(1, 6, u"12,300"_s);
            household.addMember();
            set(2, 0, u"合成 一郎"_s);
            set(2, 1, u"子（小児慢性の受給者）"_s);
            set(2, 8, u"5,000"_s);
            household.addMember();
            set(3, 0, u"合成 次郎"_s);
            set(3, 1, u"子（別の医療保険）"_s);
            members->item(3, 3)->setCheckState(Qt::Unchecked);
            set(3, 6, u"150,000"_s);
            household.show();
            if (QTest::qWaitForWindowExposed(&household) && household.saveAndCompute()) {
                // The father's application, linked: its cap is shared with the child's (按分).
                kohi::db::ApplicationForm form;
                form.familyName = u"合成"_s;
                form.givenName = u"太郎"_s;
                form.familyNameKana = u"ゴウセイ"_s;
                form.givenNameKana = u"タロウ"_s;
                form.birthDate = QDate(1975, 6, 1);
                form.sex = 1;
                form.municipalityCode = u"272027"_s;
                form.address = u"大阪府岸和田市合成町1丁目2番"_s;
                form.receivedDate = QDate::currentDate();
                form.diseaseCode = u"006"_s;
                form.specialCase = u"standard"_s;
                form.validFrom = QDate::currentDate();
                form.validTo = QDate::currentDate().addYears(1).addDays(-1);
                form.householdId = household.householdId();
                kohi::db::ApplicationRepository(window.session())
                    .save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, form);
                household.saveAndCompute();
                save(household, parser.value(out), u"household.png"_s);
            }
        }
        // A recipient's detail (double-click), then a renewal started from it.
        window.tabs()->setCurrentWidget(search);
        auto* results = search->findChild<QTableView*>(u"searchResults"_s);
        const QModelIndex first = results->model()->index(0, 1);
        const QPoint centre = results->visualRect(first).center();
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, centre);
        QTest::qWait(300);
        if (auto* renew =
                window.tabs()->currentWidget()->findChild<QPushButton*>(u"renewalButton"_s)) {
            save(window, parser.value(out), u"recipient-detail.png"_s);
            QTest::mouseClick(renew, Qt::LeftButton);
            QTest::qWait(300);
            save(window, parser.value(out), u"renewal-entry.png"_s);
        }
        window.tabs()->setCurrentIndex(0);
    }

    {
        // The idle lock, triggered at once instead of waiting the server's idle time.
        kohi::app::IdleLockController idleLock(window.session(), window.sessionInfo());
        idleLock.setSessionWindow(&window);
        idleLock.start();
        idleLock.lockNow();
        if (!QTest::qWaitForWindowExposed(idleLock.lockScreen()))
            return 1;
        QTest::keyClicks(idleLock.lockScreen()->findChild<QLineEdit*>(u"lockPassword"_s),
                         u"not-my-password"_s);
        QTest::mouseClick(idleLock.lockScreen()->findChild<QPushButton*>(u"unlockButton"_s),
                          Qt::LeftButton);
        save(*idleLock.lockScreen(), parser.value(out), u"lock-screen.png"_s);
        save(window, parser.value(out), u"main-window-locked.png"_s);
        QTest::keyClicks(idleLock.lockScreen()->findChild<QLineEdit*>(u"lockPassword"_s), password);
        QTest::mouseClick(idleLock.lockScreen()->findChild<QPushButton*>(u"unlockButton"_s),
                          Qt::LeftButton);
    }
    window.close();

    if (parser.isSet(newcomer)) {
        kohi::app::LoginDialog first(cfg.connection);
        first.show();
        QTest::keyClicks(first.findChild<QLineEdit*>(u"userId"_s), parser.value(newcomer));
        QTest::keyClicks(first.findChild<QLineEdit*>(u"password"_s), newcomerPassword);
        QTest::mouseClick(first.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
        if (first.result() != QDialog::Accepted)
            return 1;
        auto newcomerSession = first.takeSession();
        const auto newcomerInfo = kohi::db::SessionInfo::fetch(*newcomerSession);
        kohi::app::ChangePasswordDialog change(
            *newcomerSession,
            kohi::app::ChangePasswordDialog::reasonFromServer(newcomerInfo.passwordChangeReason));
        change.show();
        if (!QTest::qWaitForWindowExposed(&change))
            return 1;
        // A too-short password, to show the server's policy message; the change is not made.
        QTest::keyClicks(change.findChild<QLineEdit*>(u"currentPassword"_s), newcomerPassword);
        QTest::keyClicks(change.findChild<QLineEdit*>(u"newPassword"_s), u"short1"_s);
        QTest::keyClicks(change.findChild<QLineEdit*>(u"confirmPassword"_s), u"short1"_s);
        QTest::mouseClick(change.findChild<QPushButton*>(u"changeButton"_s), Qt::LeftButton);
        save(change, parser.value(out), u"forced-password-change.png"_s);
    }

    // Further duties: each user's main window on the tab of their duty.
    for (const QString& other : parser.value(others).split(u',', Qt::SkipEmptyParts)) {
        const QString otherPassword = QString::fromUtf8(in.readLine()).trimmed();
        kohi::app::LoginDialog otherLogin(cfg.connection);
        otherLogin.show();
        QTest::keyClicks(otherLogin.findChild<QLineEdit*>(u"userId"_s), other);
        QTest::keyClicks(otherLogin.findChild<QLineEdit*>(u"password"_s), otherPassword);
        QTest::mouseClick(otherLogin.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
        if (otherLogin.result() != QDialog::Accepted)
            return 1;
        auto otherSession = otherLogin.takeSession();
        auto otherInfo = kohi::db::SessionInfo::fetch(*otherSession);
        kohi::app::MainWindow otherWindow(std::move(otherSession), otherInfo);
        otherWindow.show();
        if (!QTest::qWaitForWindowExposed(&otherWindow))
            return 1;
        otherWindow.tabs()->setCurrentIndex(1);
        // The access log shows the demo's own events when searched.
        if (auto* searchButton =
                otherWindow.tabs()->currentWidget()->findChild<QPushButton*>(u"searchButton"_s)) {
            QTest::mouseClick(searchButton, Qt::LeftButton);
            QTest::qWait(800);
        }
        save(otherWindow, parser.value(out), u"main-window-%1.png"_s.arg(other));
        // The user administrator as the second person of a key ceremony: the demo viewer's
        // proposal selected, a note typed, before 承認 (nothing is approved here).
        if (auto* keys = otherWindow.findChild<kohi::app::KeyProposalWidget*>();
            keys && other == u"useradmin"_s) {
            otherWindow.tabs()->setCurrentWidget(keys);
            QTest::qWait(300);
            for (const auto& p : keys->proposals())
                if (p.mayApprove) {
                    keys->selectProposal(p.id);
                    keys->findChild<QLineEdit*>(u"keyProposalNote"_s)
                        ->setText(u"年次の更新日程を閲覧者の上長に確認済み"_s);
                    break;
                }
            save(otherWindow, parser.value(out), u"key-approval-useradmin.png"_s);
        }
        // The second user administrator approving a privileged duty grant: the trainee auditor
        // useradmin proposed (scripts/run.sh) selected and a note typed, before 承認 (nothing is
        // approved here, and no password is shown).
        if (auto* staff = otherWindow.findChild<kohi::app::StaffProposalWidget*>();
            staff && other == u"useradmin2"_s) {
            if (auto* inner = otherWindow.findChild<QTabWidget*>(u"userAdminTabs"_s)) {
                otherWindow.tabs()->setCurrentWidget(inner->parentWidget());
                inner->setCurrentWidget(staff);
            }
            QTest::qWait(300);
            staff->refresh();
            for (const auto& p : staff->proposals())
                if (p.mayApprove) {
                    staff->selectProposal(p.id);
                    staff->findChild<QLineEdit*>(u"staffProposalNote"_s)
                        ->setText(u"監査担当の任命書を確認済み"_s);
                    break;
                }
            save(otherWindow, parser.value(out), u"staff-approval-useradmin2.png"_s);
        }
        // The viewer: find a person by 受給者番号 (numbers masked), then the reveal dialog with a
        // reason and the passphrase typed, before 表示 (no number in any screenshot).
        if (auto* viewer = otherWindow.findChild<QWidget*>(u"myNumberViewer"_s);
            viewer && parser.isSet(viewerRecipient)) {
            const QString passphrase = QString::fromUtf8(in.readLine()).trimmed();
            otherWindow.tabs()->setCurrentWidget(viewer);
            QTest::keyClicks(viewer->findChild<QLineEdit*>(u"viewerSearchNumber"_s),
                             parser.value(viewerRecipient));
            QTest::mouseClick(viewer->findChild<QPushButton*>(u"viewerSearchButton"_s),
                              Qt::LeftButton);
            QTest::qWait(500);
            auto* results = viewer->findChild<QTableView*>(u"viewerResults"_s);
            if (!results || results->model()->rowCount() == 0)
                return 1;
            results->selectRow(0);
            save(otherWindow, parser.value(out), u"mynumber-viewer-search.png"_s);
            QTest::mouseClick(viewer->findChild<QPushButton*>(u"viewerRevealButton"_s),
                              Qt::LeftButton);
            QDialog* reveal = nullptr;
            if (!QTest::qWaitFor(
                    [&reveal] {
                        for (QWidget* w : QApplication::topLevelWidgets())
                            if (w->objectName() == u"myNumberReveal"_s && w->isVisible())
                                reveal = qobject_cast<QDialog*>(w);
                        return reveal != nullptr;
                    },
                    5000))
                return 1;
            QTest::keyClicks(reveal->findChild<QLineEdit*>(u"revealPassphrase"_s), passphrase);
            QTest::qWait(200);
            save(*reveal, parser.value(out), u"mynumber-reveal-dialog.png"_s);
            reveal->reject();
        }
        // Auditors: the monitoring dashboard (chart and alerts) as well.
        for (int i = 0; i < otherWindow.tabs()->count(); ++i) {
            if (otherWindow.tabs()->tabText(i).startsWith(u"監視"_s) && other == u"auditor"_s) {
                otherWindow.tabs()->setCurrentIndex(i);
                QTest::qWait(800);
                save(otherWindow, parser.value(out), u"monitor-%1.png"_s.arg(other));
            }
        }
    }
    return 0;
}
