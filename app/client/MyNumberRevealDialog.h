#pragma once

#include "core/crypto/SecureBytes.h"

#include <QDialog>
#include <QObject>
#include <QString>

#include <chrono>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace kohi::db {
class MyNumberRepository;
}

namespace kohi::app {

// One-second ticks for the reveal countdown. The default runs a QTimer; tests inject their own
// and call tick() to advance time.
class RevealTicker : public QObject
{
    Q_OBJECT
public:
    explicit RevealTicker(QObject* parent = nullptr);
    virtual void start();
    virtual void stop();
    bool isActive() const { return m_active; }
    // One second has passed.
    void tick() { Q_EMIT ticked(); }

Q_SIGNALS:
    void ticked();

private:
    QTimer* m_timer = nullptr;
    bool m_active = false;
};

// A My Number viewer opens one number: chooses a reason (and writes one where required), enters
// their passphrase, presses 表示. The server logs the reveal before handing out the envelope;
// the number is opened on this terminal and shown in a large, non-selectable label for a limited
// time with a countdown, then wiped (secure bytes cleared, label text zeroed) and the dialog
// closes. Closing early wipes too. The window is excluded from screen capture.
class MyNumberRevealDialog : public QDialog
{
    Q_OBJECT
public:
    // ticker: nullptr for real one-second ticks; the dialog takes ownership of an injected one.
    MyNumberRevealDialog(const db::MyNumberRepository& repository, qint64 myNumberId,
                         const QString& personDescription, QWidget* parent = nullptr,
                         std::chrono::seconds showFor = std::chrono::seconds(30),
                         RevealTicker* ticker = nullptr);
    ~MyNumberRevealDialog() override;

    QString message() const;
    int secondsLeft() const { return m_secondsLeft; }
    bool isShowingNumber() const { return !m_shown.isEmpty(); }

protected:
    void done(int result) override;
    void hideEvent(QHideEvent* event) override;

private:
    void loadReasons();
    void reveal();
    void onTick();
    void updateCountdown();
    void wipeNumber();
    void setMessage(const QString& text);

    const db::MyNumberRepository& m_repository;
    qint64 m_myNumberId;
    std::chrono::seconds m_showFor;
    RevealTicker* m_ticker;
    int m_secondsLeft = 0;
    QString m_shown; // shares the label's buffer while shown; zeroed when the time is up

    QWidget* m_requestPage = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_reasonText = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_revealButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_countdown = nullptr;
};

} // namespace kohi::app
