# What wixl 0.101 cannot express in kohi.wxs, applied to the built MSI by installer/build-msi.sh
# with msibuild (msitools), one SQL statement per line. installer/check-msi.sh reads the result.
#
# 1. Component attributes and conditions. 276 = 256 (64-bit) + 16 (Permanent) + 4 (key path is a
#    registry value). Each component is installed only when its property is given, and is never
#    removed: a major upgrade (which uninstalls the old version first) or a repair without the
#    properties leaves kohi.ini and the certificates alone; given again, they overwrite.
#    NeverOverwrite (128) concerns a component whose key path is a file; here it is a registry value.
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'DBHOSTS' WHERE `Component` = 'KohiConfigDatabase'
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'CAFILE' WHERE `Component` = 'KohiConfigCa'
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'TERMINALCERT AND TERMINALKEY' WHERE `Component` = 'KohiConfigTerminal'
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'TERMINALID' WHERE `Component` = 'KohiConfigTerminalId'
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'KEYFINGERPRINT' WHERE `Component` = 'KohiConfigKeyFingerprint'
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'LANGUAGE' WHERE `Component` = 'KohiConfigLanguage'
UPDATE `Component` SET `Attributes` = 276, `Condition` = 'ENVIRONMENT' WHERE `Component` = 'KohiEnvironment'
#
# 2. kohi.ini in C:\ProgramData\Kohi (IniFile table; wixl has no IniFile element). Sections and
#    keys are exactly those ClientConfig::load and ConnectionSettings::fromSettings read (check-msi.sh
#    checks them against the sources). Action 0 = add the line, replacing the key's old value.
#    Certificate paths are relative to kohi.ini (ClientConfig resolves them against its folder).
CREATE TABLE `IniFile` (`IniFile` CHAR(72) NOT NULL, `FileName` CHAR(255) NOT NULL LOCALIZABLE, `DirProperty` CHAR(72), `Section` CHAR(96) NOT NULL LOCALIZABLE, `Key` CHAR(128) NOT NULL LOCALIZABLE, `Value` CHAR(255) NOT NULL LOCALIZABLE, `Action` SHORT NOT NULL, `Component_` CHAR(72) NOT NULL PRIMARY KEY `IniFile`)
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniDatabaseHost', 'kohi.ini', 'KOHIDATADIR', 'database', 'host', '[DBHOSTS]', 0, 'KohiConfigDatabase')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniDatabasePort', 'kohi.ini', 'KOHIDATADIR', 'database', 'port', '[DBPORT]', 0, 'KohiConfigDatabase')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniDatabaseName', 'kohi.ini', 'KOHIDATADIR', 'database', 'name', '[DBNAME]', 0, 'KohiConfigDatabase')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniDatabaseRootCert', 'kohi.ini', 'KOHIDATADIR', 'database', 'sslrootcert', 'kohi-ca.crt', 0, 'KohiConfigCa')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniDatabaseCert', 'kohi.ini', 'KOHIDATADIR', 'database', 'sslcert', 'terminal.crt', 0, 'KohiConfigTerminal')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniDatabaseKey', 'kohi.ini', 'KOHIDATADIR', 'database', 'sslkey', 'terminal.key', 0, 'KohiConfigTerminal')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniTerminalId', 'kohi.ini', 'KOHIDATADIR', 'terminal', 'id', '[TERMINALID]', 0, 'KohiConfigTerminalId')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniKeyFingerprint', 'kohi.ini', 'KOHIDATADIR', 'crypto', 'public_key_fingerprint', '[KEYFINGERPRINT]', 0, 'KohiConfigKeyFingerprint')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('IniLanguage', 'kohi.ini', 'KOHIDATADIR', 'ui', 'language', '[LANGUAGE]', 0, 'KohiConfigLanguage')
#
# 3. The CA and the terminal certificate and key, copied from the paths given (MoveFile table,
#    Options 0 = copy; an empty SourceName means the property holds the full path of the file).
#    The copy runs as LocalSystem: for a deployment from a share, the computer account must be
#    able to read the files.
CREATE TABLE `MoveFile` (`FileKey` CHAR(72) NOT NULL, `Component_` CHAR(72) NOT NULL, `SourceName` CHAR(255) LOCALIZABLE, `DestName` CHAR(255) LOCALIZABLE, `SourceFolder` CHAR(72), `DestFolder` CHAR(72) NOT NULL, `Options` SHORT NOT NULL PRIMARY KEY `FileKey`)
INSERT INTO `MoveFile` (`FileKey`, `Component_`, `DestName`, `SourceFolder`, `DestFolder`, `Options`) VALUES ('CopyCaFile', 'KohiConfigCa', 'kohi-ca.crt', 'CAFILE', 'KOHIDATADIR', 0)
INSERT INTO `MoveFile` (`FileKey`, `Component_`, `DestName`, `SourceFolder`, `DestFolder`, `Options`) VALUES ('CopyTerminalCert', 'KohiConfigTerminal', 'terminal.crt', 'TERMINALCERT', 'KOHIDATADIR', 0)
INSERT INTO `MoveFile` (`FileKey`, `Component_`, `DestName`, `SourceFolder`, `DestFolder`, `Options`) VALUES ('CopyTerminalKey', 'KohiConfigTerminal', 'terminal.key', 'TERMINALKEY', 'KOHIDATADIR', 0)
#
# 4. The standard actions for those tables (the sequence numbers WiX uses).
INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('RemoveIniValues', 3100)
INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('MoveFiles', 3800)
INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('WriteIniValues', 5100)
#
# 5. Public properties given on the command line reach the elevated installation only when they
#    are listed as secure.
UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;DBHOSTS;DBPORT;DBNAME;CAFILE;TERMINALCERT;TERMINALKEY;TERMINALID;KEYFINGERPRINT;LANGUAGE;ENVIRONMENT' WHERE `Property` = 'SecureCustomProperties'
