#pragma once

#include <Qt>

class QWidget;

// Which fields take Japanese input. Clerks type names and addresses with the IME on and numbers
// and dates with it off; setting it per field saves a keystroke (半角/全角) on every change of
// field and keeps kana out of number fields.
namespace kohi::app {

// Names, addresses, free text: IME on, no hints.
void useJapaneseInput(QWidget* field);
// Numbers, codes, dates: IME off (the attribute, and Qt::ImEnabled answered false, which is what
// the platform input context follows), with the hints an on-screen keyboard would use.
void useDirectInput(QWidget* field, Qt::InputMethodHints hints);

} // namespace kohi::app
