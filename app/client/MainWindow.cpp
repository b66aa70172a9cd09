#include "app/client/MainWindow.h"

#include "app/client/CaptureProtection.h"
#include "app/client/EnvironmentBanner.h"
#include "db/RecipientCounts.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

MainWindow::MainWindow(std::unique_ptr<db::Session> session, db::SessionInfo info, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)), m_info(std::move(info)),
      m_loginTime(QDateTime::currentDateTime())
{
    setObjectName(u"mainWindow"_s);
    excludeFromCapture(this); // personal data: kept out of screenshots and screen sharing
    setWindowTitle(tr("Kohi 公費負担医療システム ［%1］ — %2")
                       .arg(db::environmentKindLabel(m_info.environmentKind), m_info.displayName));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new EnvironmentBanner(central);
    m_banner->setEnvironment(m_info.environmentKind, m_info.environmentName);
    layout->addWidget(m_banner);
    layout->addWidget(buildHomePage(), 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("ファイル(&F)"));
    file->addAction(tr("ログアウト(&L)"), this, &MainWindow::logoutRequested);
    file->addSeparator();
    file->addAction(tr("終了(&X)"), qApp, &QApplication::closeAllWindows);
    QMenu* help = menuBar()->addMenu(tr("ヘルプ(&H)"));
    help->addAction(tr("バージョン情報(&A)"), this, [this] {
        QMessageBox::about(this, tr("バージョン情報"),
                           tr("Kohi 公費負担医療システム %1").arg(QApplication::applicationVersion()));
    });

    auto* who = new QLabel(tr("ログイン中: %1（%2）").arg(m_info.displayName, m_info.login), this);
    who->setObjectName(u"statusUser"_s);
    statusBar()->addPermanentWidget(who);
    resize(960, 640);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildHomePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);

    auto* greeting = new QLabel(tr("%1 さん、ログインしました。").arg(m_info.displayName), page);
    QFont f = greeting->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    greeting->setFont(f);
    layout->addWidget(greeting);

    auto* box = new QGroupBox(tr("ログイン情報"), page);
    auto* form = new QFormLayout(box);
    auto addRow = [&](const QString& label, const QString& value, const QString& name) {
        auto* v = new QLabel(value, box);
        v->setObjectName(name);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    QStringList duties;
    for (const QString& d : m_info.duties)
        duties << db::dutyLabel(d);
    addRow(tr("ユーザーID"), m_info.login, u"infoLogin"_s);
    addRow(tr("氏名"), m_info.displayName, u"infoName"_s);
    addRow(tr("職務"), duties.isEmpty() ? tr("（職務が割り当てられていません）") : duties.join(u"、"_s),
           u"infoDuties"_s);
    addRow(tr("担当制度（法別番号）"),
           m_info.programmes.isEmpty() ? tr("なし") : m_info.programmes.join(u"、"_s),
           u"infoProgrammes"_s);
    addRow(tr("環境"),
           u"%1 — %2"_s.arg(db::environmentKindLabel(m_info.environmentKind), m_info.environmentName),
           u"infoEnvironment"_s);
    const db::ConnectionSettings& s = m_session->settings();
    addRow(tr("接続先"), u"%1:%2 / %3"_s.arg(s.host).arg(s.port).arg(s.database), u"infoServer"_s);
    addRow(tr("端末ID"), s.terminalId, u"infoTerminal"_s);
    addRow(tr("ログイン時刻"), m_loginTime.toString(u"yyyy-MM-dd HH:mm"_s), u"infoLoginTime"_s);
    layout->addWidget(box);

    if (!m_info.programmes.isEmpty()) {
        auto* countsBox = new QGroupBox(tr("担当制度の受給者数"), page);
        auto* countsForm = new QFormLayout(countsBox);
        QString error;
        const QList<db::RecipientCount> counts = db::fetchRecipientCounts(*m_session, &error);
        for (const db::RecipientCount& c : counts) {
            auto* v = new QLabel(tr("%L1 人").arg(c.recipients), countsBox);
            v->setObjectName(u"count_"_s + c.programme);
            countsForm->addRow(u"%1（%2）"_s.arg(c.programmeName, c.programme), v);
        }
        if (!error.isEmpty())
            countsForm->addRow(new QLabel(tr("受給者数を取得できません。"), countsBox));
        layout->addWidget(countsBox);
    }
    layout->addStretch(1);
    return page;
}

} // namespace kohi::app
