#pragma once

class QByteArray;
class QString;

namespace kohi::crypto {

// Overwrite a QString/QByteArray's whole allocation with zeros and make it empty. Use it on every
// QString that held a My Number or passphrase (line-edit text, SecureBytes::toDisplayString()).
// Limits: a buffer shared with another implicitly-shared copy is detached first, so the other
// copy is NOT wiped (avoid copying secret strings); earlier reallocations are out of reach.
void wipe(QString& text);
void wipe(QByteArray& bytes);

} // namespace kohi::crypto
