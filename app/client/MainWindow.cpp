#include "app/client/MainWindow.h"

#include "app/client/ApplicationEntryWidget.h"
#include "app/client/ApprovalQueueWidget.h"
#include "app/client/AuditLogWidget.h"
#include "app/client/CaptureProtection.h"
#include "app/client/CertificateLoader.h"
#include "app/client/CertificatePreviewDialog.h"
#include "app/client/CertificateRenderer.h"
#include "app/client/ChangePasswordDialog.h"
#include "app/client/EnvironmentBanner.h"
#include "app/client/KeyProposalWidget.h"
#include "app/client/MonitorWidget.h"
#include "app/client/MyNumberConfirmDialog.h"
#include "app/client/MyNumberEntryDialog.h"
#include "app/client/MyNumberStatusModel.h"
#include "app/client/MyNumberStatusWidget.h"
#include "app/client/MyNumberViewerWidget.h"
#include "app/client/RecipientDetailWidget.h"
#include "app/client/RecipientSearchWidget.h"
#include "app/client/UserAdminWidget.h"
#include "app/client/WindowGeometry.h"
#include "app/client/evidence/EvidenceCabinetDialog.h"
#include "app/client/evidence/EvidenceCustodyDialog.h"
#include "app/client/juki/JukiImportWizard.h"
#include "app/client/juki/JukiReviewDialog.h"
#include "app/client/renewal/RenewalBatchDialog.h"
#include "app/client/retention/RetentionWidget.h"
#include "app/client/statistics/RecipientExportDialog.h"
#include "app/client/statistics/RegisterStatisticsDialog.h"
#include "db/JukiInquiryRepository.h"
#include "db/MyNumberConfirmation.h"
#include "db/RecipientCounts.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <tuple>

using namespace Qt::StringLiterals;

namespace kohi::app {

MainWindow::MainWindow(std::unique_ptr<db::Session> session, db::SessionInfo info, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)), m_info(std::move(info)),
      m_loginTime(QDateTime::currentDateTime())
{
    setObjectName(u"mainWindow"_s);
    // After a failover the session reconnects by itself (db::Session::reconnect): the new
    // server session is recorded with this terminal like the first one.
    m_session->setReconnectHandler([s = m_session.get()] { db::beginClientSession(*s); });
    excludeFromCapture(this); // personal data: kept out of screenshots and screen sharing
    setWindowTitle(tr("Kohi 公費負担医療システム ［%1］ — %2")
                       .arg(db::environmentKindLabel(m_info.environmentKind), m_info.displayName));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new EnvironmentBanner(central);
    m_banner->setEnvironment(m_info.environmentKind, m_info.environmentName);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(central);
    // Many duties, many tabs: the tab bar scrolls instead of widening the window beyond small
    // screens (and beyond the size a person chose).
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setObjectName(u"workTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(buildHomePage(), tr("ホーム"));
    addDutyTabs();
    // The duty tabs stay; only opened recipients can be closed.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        w->deleteLater();
    });
    // Typing after any switch to 申請入力 (Ctrl+Tab, the tab bar, a renewal) goes into the form.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_entry && m_tabs->currentWidget() == m_entry)
            m_entry->focusForTyping();
    });
    // Ctrl+Tab / Ctrl+Shift+Tab switch the work tabs from any field: a date editor (アクセスログ)
    // would otherwise keep the key for its own sections and the clerk would be stuck there.
    const auto stepTabs = [this](int step) {
        const int n = m_tabs->count();
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + n) % n);
    };
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this), &QShortcut::activated, this,
            [stepTabs] { stepTabs(1); });
    for (const QKeySequence& back : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)})
        connect(new QShortcut(back, this), &QShortcut::activated, this,
                [stepTabs] { stepTabs(-1); });
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("ファイル(&F)"));
    file->addAction(tr("パスワードの変更(&P)…"), this, [this] {
        ChangePasswordDialog dialog(*m_session, ChangePasswordDialog::Reason::Voluntary, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("パスワードを変更しました。"), 10000);
    });
    file->addAction(tr("ログアウト(&L)"), this, &MainWindow::logoutRequested);
    file->addSeparator();
    file->addAction(tr("終了(&X)"), qApp, &QApplication::closeAllWindows);
    if (!m_info.programmes.isEmpty()) {
        // Clerks: answers from the resident registry (住基ネット) for their inquiries.
        QMenu* work = menuBar()->addMenu(tr("業務(&W)"));
        work->setObjectName(u"workMenu"_s);
        QAction* juki = work->addAction(tr("住基ネット回答の取り込み(&J)…"), this, [this] {
            JukiImportWizard wizard(*m_session, m_pinnedFingerprint, this);
            wizard.exec();
        });
        juki->setObjectName(u"jukiImportAction"_s);
        QAction* review = work->addAction(tr("住基ネット確認リスト(&R)…"), this, [this] {
            JukiReviewDialog dialog(*m_session, this);
            dialog.exec();
        });
        review->setObjectName(u"jukiReviewAction"_s);
        work->addSeparator();
        QAction* renewal = work->addAction(tr("一斉更新(&U)…"), this, [this] {
            RenewalBatchDialog dialog(*m_session, m_info.programmes, this);
            dialog.exec();
        });
        renewal->setObjectName(u"renewalAction"_s);
        QAction* statistics = work->addAction(tr("受給者の統計(&S)…"), this, [this] {
            RegisterStatisticsDialog dialog(*m_session, this);
            dialog.exec();
        });
        statistics->setObjectName(u"statisticsAction"_s);
        QAction* exportCsv = work->addAction(tr("受給者一覧のCSV出力(&E)…"), this, [this] {
            RecipientExportDialog dialog(*m_session, this);
            dialog.exec();
        });
        exportCsv->setObjectName(u"recipientExportAction"_s);
        QAction* evidence = work->addAction(tr("証拠書類の保管(&H)…"), this, [this] {
            EvidenceCustodyDialog dialog(*m_session, this);
            dialog.exec();
        });
        evidence->setObjectName(u"evidenceCustodyAction"_s);
    }
    if (hasDuty(u"kohi_approver"_s)) {
        // Approvers: the cabinets evidence papers may be kept in (migration 0034).
        QMenu* work = menuBar()->findChild<QMenu*>(u"workMenu"_s);
        if (!work)
            work = menuBar()->addMenu(tr("業務(&W)"));
        QAction* cabinets = work->addAction(tr("保管庫の登録(&K)…"), this, [this] {
            EvidenceCabinetDialog dialog(*m_session, this);
            dialog.exec();
        });
        cabinets->setObjectName(u"evidenceCabinetAction"_s);
    }
    QMenu* help = menuBar()->addMenu(tr("ヘルプ(&H)"));
    help->addAction(tr("バージョン情報(&A)"), this, [this] {
        QMessageBox::about(
            this, tr("バージョン情報"),
            tr("Kohi 公費負担医療システム %1").arg(QApplication::applicationVersion()));
    });

    auto* who = new QLabel(tr("ログイン中: %1（%2）").arg(m_info.displayName, m_info.login), this);
    who->setObjectName(u"statusUser"_s);
    statusBar()->addPermanentWidget(who);
    if (m_info.passwordExpiresInDays >= 0 && m_info.passwordExpiresInDays <= 14)
        statusBar()->showMessage(
            tr("パスワードの有効期限まであと %1 日です。［ファイル］→［パスワードの変更］"
               "から変更してください。")
                .arg(m_info.passwordExpiresInDays));
    restoreWindowGeometry(this, m_info.login, u"main"_s, QSize(1200, 800));
}

MainWindow::~MainWindow()
{
    saveWindowGeometry(this, m_info.login, u"main"_s);
}

void MainWindow::addDutyTabs()
{
    const bool clerk = !m_info.programmes.isEmpty();
    if (clerk) {
        auto* search = new RecipientSearchWidget(*m_session, m_tabs);
        // The main window shows the recipient as a tab; no second, separate detail window.
        search->setOpensDetailWindow(false);
        connect(search, &RecipientSearchWidget::recipientActivated, this,
                &MainWindow::openRecipient);
        m_tabs->addTab(search, tr("受給者検索"));
        m_entry = new ApplicationEntryWidget(*m_session, m_tabs);
        m_entry->newApplication();
        m_tabs->addTab(m_entry, tr("申請入力"));
    }
    if (hasDuty(u"kohi_approver"_s))
        m_tabs->addTab(buildApprovalPage(), tr("承認待ち"));
    // End of eligibility and disposal: clerks propose, approvers decide (0035).
    if (clerk || hasDuty(u"kohi_approver"_s)) {
        // Scrolls rather than making the window taller than a 1024×768 screen.
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(
            new RetentionWidget(*m_session, clerk, hasDuty(u"kohi_approver"_s), scroll));
        m_tabs->addTab(scroll, tr("保存期間・廃棄"));
    }
    // Viewers hold no programme group: this search of registered numbers is their way to a
    // reveal. The repository is created on first use, once the pinned fingerprint is set.
    if (hasDuty(u"kohi_mynumber_viewer"_s))
        m_tabs->addTab(
            new MyNumberViewerWidget(
                [this]() -> const db::MyNumberRepository& { return myNumbers(); }, m_tabs),
            tr("個人番号の表示"));
    if (hasDuty(u"kohi_user_admin"_s))
        m_tabs->addTab(new UserAdminWidget(*m_session, m_tabs), tr("ユーザー管理"));
    // Dual control of the My Number key: the second person approves here (viewers and user
    // administrators; the server refuses the proposer and the viewer concerned).
    if (hasDuty(u"kohi_mynumber_viewer"_s) || hasDuty(u"kohi_user_admin"_s))
        m_tabs->addTab(new KeyProposalWidget(*m_session, m_tabs), tr("鍵の操作の承認"));
    const bool auditReader = hasDuty(u"kohi_auditor"_s) || hasDuty(u"kohi_user_admin"_s);
    if (auditReader) {
        auto* log = new AuditLogWidget(*m_session, AuditLogWidget::Mode::AllStaff, m_tabs);
        m_tabs->addTab(log, tr("アクセスログ"));
        // Monitoring: only auditors change the rules (the server enforces it too).
        auto* monitor = new MonitorWidget(*m_session, hasDuty(u"kohi_auditor"_s), m_tabs);
        const int monitorTab = m_tabs->addTab(monitor, tr("監視"));
        connect(monitor, &MonitorWidget::openAlertsChanged, this, [this, monitorTab](int open) {
            m_tabs->setTabText(monitorTab,
                               open > 0 ? tr("監視（未確認 %1）").arg(open) : tr("監視"));
        });
        connect(monitor, &MonitorWidget::showEventsRequested, this,
                [this, log](const QString& login, const QDate& day) {
                    log->showEvents(login, day);
                    m_tabs->setCurrentWidget(log);
                });
        monitor->refresh(); // the tab title says at once whether alerts wait
    }
    // Everyone may see their own history (audit finding: staff could not see access logs).
    m_tabs->addTab(new AuditLogWidget(*m_session, AuditLogWidget::Mode::OwnHistory, m_tabs),
                   tr("自分の操作履歴"));
}

db::MyNumberRepository& MainWindow::myNumbers()
{
    if (!m_myNumbers)
        m_myNumbers = std::make_unique<db::MyNumberRepository>(*m_session, m_pinnedFingerprint);
    return *m_myNumbers;
}

QWidget* MainWindow::buildApprovalPage()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* queue = new ApprovalQueueWidget(*m_session, page);
    // The approver confirms each My Number of the application by re-keying it from the evidence
    // document; the server compares and approval stays blocked until every one matches.
    auto* confirm = new QPushButton(tr("個人番号の照合（証拠書類から再入力）…"), page);
    confirm->setObjectName(u"confirmMyNumberButton"_s);
    connect(confirm, &QPushButton::clicked, this, [this, queue] {
        const qint64 applicationId = queue->currentApplicationId();
        if (applicationId == 0) {
            QMessageBox::information(this, tr("個人番号の照合"), tr("申請を選択してください。"));
            return;
        }
        QString error;
        const QList<db::PendingMyNumber> pending =
            db::pendingMyNumbers(*m_session, applicationId, &error);
        if (!error.isEmpty() || pending.isEmpty()) {
            QMessageBox::information(this, tr("個人番号の照合"),
                                     error.isEmpty() ? tr("照合待ちの個人番号はありません。")
                                                     : error);
            return;
        }
        for (const db::PendingMyNumber& p : pending) {
            MyNumberConfirmDialog dialog(*m_session, p, this);
            if (dialog.exec() != QDialog::Accepted)
                break;
        }
        queue->refresh();
    });
    layout->addWidget(confirm, 0, Qt::AlignRight);
    layout->addWidget(queue, 1);
    return page;
}

void MainWindow::openRecipient(qint64 recipientId)
{
    // One view per recipient: a second open brings the existing tab forward.
    if (QWidget* open = m_recipientPages.value(recipientId); open && m_tabs->indexOf(open) >= 0) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* detail = new RecipientDetailWidget(*m_session, page);
    if (!detail->load(recipientId, false)) { // the states come from the table below
        QMessageBox::warning(this, tr("受給者"), detail->errorMessage());
        page->deleteLater();
        return;
    }
    auto* print = new QPushButton(tr("受給者証・通知書のプレビュー(&V)…"), page);
    print->setObjectName(u"certificateButton"_s);
    print->setToolTip(
        tr("申請の一覧で選んだ申請の書類（選んでいなければ有効な受給者証）を表示します。"));
    connect(print, &QPushButton::clicked, this, [this, recipientId, detail] {
        QString error;
        // The selected application's documents (不認定通知書, 取下げ受理, 補正依頼書 ...), else
        // the certification in force.
        auto certificate = CertificateLoader::load(*m_session, recipientId,
                                                   detail->selectedApplicationId(), {}, &error);
        if (certificate && CertificateRenderer::documentsFor(*certificate).isEmpty())
            certificate = CertificateLoader::load(*m_session, recipientId, 0, {}, &error);
        if (!certificate) {
            QMessageBox::information(this, tr("受給者証"), error);
            return;
        }
        CertificatePreviewDialog::preview(*certificate, this);
    });
    connect(detail, &RecipientDetailWidget::applicationActivated, this,
            &MainWindow::openApplication);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    if (m_entry) {
        // Renewal and change start in 申請入力, prefilled from the latest approved application.
        for (const auto& [kind, label, name] :
             {std::tuple{u"renewal"_s, tr("更新申請を入力(&R)…"), u"renewalButton"_s},
              std::tuple{u"change"_s, tr("変更申請を入力(&C)…"), u"changeButton"_s}}) {
            auto* button = new QPushButton(label, page);
            button->setObjectName(name);
            connect(button, &QPushButton::clicked, this,
                    [this, recipientId, kind] { startFollowUp(recipientId, kind); });
            actions->addWidget(button);
        }
    }
    actions->addWidget(print);
    layout->addLayout(actions);
    layout->addWidget(detail, 1);
    // My Numbers of this recipient: the fixed mask only; registration seals on this terminal.
    auto* numbers = new MyNumberStatusWidget(myNumbers(), recipientId, page);
    layout->addWidget(numbers);
    // After a registration here, the detail follows the table.
    const auto showNumberState = [detail, numbers] {
        detail->setMyNumberStates(numbers->model()->statuses(), numbers->isLoaded());
    };
    showNumberState();
    connect(numbers->model(), &QAbstractItemModel::modelReset, detail, showNumberState);
    if (!m_info.programmes.isEmpty()) {
        auto* enter = new QPushButton(tr("個人番号の登録(&M)…"), page);
        enter->setObjectName(u"registerMyNumberButton"_s);
        connect(enter, &QPushButton::clicked, this, [this, recipientId, numbers] {
            MyNumberEntryDialog dialog(myNumbers(), recipientId, {}, this);
            connect(&dialog, &MyNumberEntryDialog::registered, numbers,
                    &MyNumberStatusWidget::refresh);
            dialog.exec();
        });
        // The number is missing or failed confirmation: ask the resident registry (住基ネット).
        auto* inquire = new QPushButton(tr("住基ネットに照会…"), page);
        inquire->setObjectName(u"jukiInquireButton"_s);
        auto* reasons = new QMenu(inquire);
        for (const auto& [reason, label] :
             {std::pair{u"blank"_s, tr("申請書に個人番号の記入がない")},
              std::pair{u"confirmation_failed"_s, tr("個人番号の確認ができなかった")}}) {
            QAction* action = reasons->addAction(label);
            action->setObjectName(u"jukiInquire_"_s + reason);
            connect(action, &QAction::triggered, this, [this, recipientId, reason] {
                QString inquiryNo;
                db::ApiError error;
                if (db::JukiInquiryRepository(*m_session)
                        .create(recipientId, reason, &inquiryNo, &error))
                    statusBar()->showMessage(
                        tr("照会番号 %1 を発行しました（住基ネット端末の担当者への書き出しを"
                           "待ちます）。")
                            .arg(inquiryNo));
                else
                    statusBar()->showMessage(error.message);
            });
        }
        inquire->setMenu(reasons);
        auto* numberActions = new QHBoxLayout;
        numberActions->addStretch(1);
        numberActions->addWidget(inquire);
        numberActions->addWidget(enter);
        layout->addLayout(numberActions);
    }
    m_recipientPages.insert(recipientId, page);
    m_tabs->setCurrentIndex(
        m_tabs->addTab(page, detail->fieldText(u"recipient_number"_s).isEmpty()
                                 ? tr("受給者（申請中）")
                                 : tr("受給者 %1").arg(detail->fieldText(u"recipient_number"_s))));
}

void MainWindow::startFollowUp(qint64 recipientId, const QString& kind)
{
    if (!m_entry)
        return;
    if (!m_entry->confirmDiscard())
        return;
    if (!m_entry->startFollowUp(recipientId, kind)) {
        QMessageBox::warning(this, tr("申請"), m_entry->message());
        return;
    }
    m_tabs->setCurrentWidget(m_entry);
}

void MainWindow::openApplication(qint64 applicationId)
{
    if (!m_entry || !m_entry->confirmDiscard())
        return;
    if (!m_entry->openApplication(applicationId)) {
        QMessageBox::warning(this, tr("申請"), m_entry->message());
        return;
    }
    m_tabs->setCurrentWidget(m_entry);
}

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
    addRow(tr("職務"),
           duties.isEmpty() ? tr("（職務が割り当てられていません）") : duties.join(u"、"_s),
           u"infoDuties"_s);
    addRow(tr("担当制度（法別番号）"),
           m_info.programmes.isEmpty() ? tr("なし") : m_info.programmes.join(u"、"_s),
           u"infoProgrammes"_s);
    addRow(
        tr("環境"),
        u"%1 — %2"_s.arg(db::environmentKindLabel(m_info.environmentKind), m_info.environmentName),
        u"infoEnvironment"_s);
    const db::ConnectionSettings& s = m_session->settings();
    addRow(tr("接続先"), u"%1:%2 / %3"_s.arg(s.host, s.portText(), s.database), u"infoServer"_s);
    addRow(tr("端末ID"), s.terminalId, u"infoTerminal"_s);
    addRow(tr("ログイン時刻"), m_loginTime.toString(u"yyyy-MM-dd HH:mm"_s), u"infoLoginTime"_s);
    layout->addWidget(box);

    if (!m_info.programmes.isEmpty()) {
        auto* countsBox = new QGroupBox(tr("担当制度の受給者数"), page);
        auto* countsForm = new QFormLayout(countsBox);
        db::ApiError error;
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
