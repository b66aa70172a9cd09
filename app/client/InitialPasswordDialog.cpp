#include "app/client/InitialPasswordDialog.h"

#include "app/client/CaptureProtection.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

InitialPasswordDialog::InitialPasswordDialog(const QString& login, QString& password,
                                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"initialPasswordDialog"_s);
    setWindowTitle(tr("初期パスワード"));
    auto* intro =
        new QLabel(tr("ユーザー「%1」の初期パスワードです。この画面を閉じると二度と表示できません。"
                      "本人に直接伝えてください（メールやメモに残さないでください）。"
                      "本人は最初のログインで変更する必要があります。")
                       .arg(login),
                   this);
    intro->setWordWrap(true);
    m_password = new QLabel(password, this);
    m_password->setObjectName(u"initialPassword"_s);
    // Read and typed or said to the person, never copied: not selectable (no clipboard, no
    // X11 primary selection), like a revealed My Number.
    m_password->setTextInteractionFlags(Qt::NoTextInteraction);
    m_password->setContextMenuPolicy(Qt::NoContextMenu);
    m_password->setTextFormat(Qt::PlainText); // a generated password is text, never markup
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    m_password->setFont(mono);
    m_password->setAlignment(Qt::AlignCenter);
    password.fill(u'\0'); // the label holds the only copy from here on
    password.clear();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("確認しました（閉じる）"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"initialPasswordClose"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &InitialPasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    excludeFromCapture(this); // out of screenshots and screen sharing where the platform allows
}

InitialPasswordDialog::~InitialPasswordDialog()
{
    forget();
}

void InitialPasswordDialog::done(int result)
{
    forget(); // once closed, it cannot be shown again
    QDialog::done(result);
}

void InitialPasswordDialog::forget()
{
    if (m_password)
        m_password->clear();
}

} // namespace kohi::app
