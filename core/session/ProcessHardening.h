#pragma once

namespace kohi {
// Keeps secrets (My Numbers, passwords, keys) out of crash dumps: no core files, not ptrace-able
// by other processes of the same user where the platform allows it.
void hardenProcess();
} // namespace kohi
