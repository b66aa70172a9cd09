// kohi: the staff client. Log in as yourself, work, log out.
#include "app/client/ChangePasswordDialog.h"
#include "app/client/ClientConfig.h"
#include "app/client/DraftStore.h"
#include "app/client/IdleLockController.h"
#include "app/client/LoginDialog.h"
#include "app/client/MainWindow.h"
#include "app/client/Translations.h"
#include "core/session/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    kohi::hardenProcess();
    // libpq's messages in English, so connection errors can be classified reliably.
    qputenv("LC_MESSAGES", "C");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Kohi"_s);
    QApplication::setOrganizationName(u"Kohi"_s);
    QApplication::setApplicationVersion(QStringLiteral(KOHI_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption configOption(u"config"_s, u"Configuration file (kohi.ini)"_s, u"path"_s);
    QCommandLineOption userOption(u"user"_s, u"Pre-fill the user id"_s, u"id"_s);
    parser.addOption(configOption);
    parser.addOption(userOption);
    parser.process(app);

    const kohi::app::ClientConfig config =
        kohi::app::ClientConfig::load(parser.value(configOption));
    kohi::app::installTranslations(config.language);
    if (config.path.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("Kohi"),
                              QObject::tr("設定ファイル（kohi.ini）が見つかりません。"
                                          "情報システム担当に連絡してください。"));
        return 1;
    }

    QString lastUser = parser.value(userOption);
    QString notice;
    kohi::app::DraftStore drafts; // work of a session ended by inactivity, in memory only
    for (;;) {
        kohi::app::LoginDialog login(config.connection);
        if (!lastUser.isEmpty())
            login.setUserId(lastUser);
        if (!notice.isEmpty())
            login.setNotice(notice);
        notice.clear();
        if (login.exec() != QDialog::Accepted)
            return 0;
        std::unique_ptr<kohi::db::Session> session = login.takeSession();
        lastUser = session->userId();
        drafts.beginSession(lastUser); // another user's drafts are discarded here
        kohi::db::SessionInfo info = kohi::db::SessionInfo::fetch(*session);
        if (!info.isValid()) {
            QMessageBox::critical(nullptr, QObject::tr("Kohi"),
                                  QObject::tr("利用者情報を取得できません。このユーザーは Kohi の"
                                              "職員として登録されていない可能性があります。"));
            continue;
        }
        // An expired password or a pending change: only the change screen, nothing else (the
        // server refuses every data function for this session until the change is made).
        if (info.passwordChangeRequired) {
            kohi::app::ChangePasswordDialog change(
                *session,
                kohi::app::ChangePasswordDialog::reasonFromServer(info.passwordChangeReason));
            if (change.exec() != QDialog::Accepted)
                continue; // back to the login screen
            info = kohi::db::SessionInfo::fetch(*session);
        }
        kohi::app::MainWindow window(std::move(session), std::move(info));
        window.setPinnedFingerprint(config.publicKeyFingerprint);
        bool logout = false;
        QObject::connect(&window, &kohi::app::MainWindow::logoutRequested, &window, [&] {
            kohi::db::recordSessionEvent(window.session(), u"logout"_s);
            logout = true;
            window.close();
        });
        // Lock after the server's idle time, log out after its logout time (audit finding).
        kohi::app::IdleLockController idleLock(window.session(), window.sessionInfo());
        idleLock.setSessionWindow(&window);
        idleLock.setDraftStore(&drafts);
        // Lock, unlock and logout by inactivity go to the access log.
        QObject::connect(&idleLock, &kohi::app::IdleLockController::locked, &window,
                         [&] { kohi::db::recordSessionEvent(window.session(), u"idle_lock"_s); });
        QObject::connect(&idleLock, &kohi::app::IdleLockController::unlocked, &window,
                         [&] { kohi::db::recordSessionEvent(window.session(), u"idle_unlock"_s); });
        QObject::connect(&idleLock, &kohi::app::IdleLockController::logoutRequired, &window,
                         [&](kohi::app::IdleLockController::LogoutReason reason) {
                             const bool idle =
                                 reason == kohi::app::IdleLockController::LogoutReason::IdleTimeout;
                             kohi::db::recordSessionEvent(window.session(),
                                                          idle ? u"idle_logout"_s : u"logout"_s);
                             if (idle)
                                 notice =
                                     QObject::tr("一定時間操作がなかったため、ログアウトしました。"
                                                 "入力途中の内容は再ログイン後に復元できます。");
                             logout = true;
                             window.close();
                         });
        idleLock.start();
        window.show();
        app.exec();
        if (!logout)
            return 0;
    }
}
