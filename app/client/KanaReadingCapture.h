#pragma once

#include <QObject>
#include <QString>

class QLineEdit;

namespace kohi::app {

// ふりがなの自動入力: while a name is typed through the input method, its reading is the
// composition before conversion (やまだ → 山田). When the converted name is committed, the
// reading is appended (in katakana) to the kana field — a proposal the clerk can overwrite, and
// only as long as the clerk has not typed into the kana field themselves.
class KanaReadingCapture : public QObject
{
    Q_OBJECT

public:
    KanaReadingCapture(QLineEdit* name, QLineEdit* kana, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_name;
    QLineEdit* m_kana;
    QString m_reading;        // the last all-kana composition of the name field
    bool m_kanaTyped = false; // the clerk typed the kana: no more proposals
};

} // namespace kohi::app
