; Inno Setup 6 script for Outreach Desk: a per-user installer, no administrator rights.
; Build the one-folder bundle first (dist\outreach-desk), then compile this script:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\outreach_desk.iss
; See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Outreach Desk"
#define AppExe "outreach-desk.exe"
#define Bundle "..\..\dist\outreach-desk"

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installs.
AppId={{6F1C7A52-3B7E-4E0B-9C55-0D9B5E2A7C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Outreach Desk contributors
; Per-user install: managed NGO laptops rarely give workers administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Outreach Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\icons\outreach-desk.ico
InfoBeforeFile={#Bundle}\_internal\resources\licenses\THIRD_PARTY_NOTICES.md
OutputDir=..\..\dist
OutputBaseFilename=OutreachDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
VersionInfoVersion={#AppVersion}
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\Third-party licences"; Filename: "{app}\_internal\resources\licenses\THIRD_PARTY_NOTICES.md"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.RemoveVaultTitle=Remove your case notes too?
en.RemoveVaultText=Outreach Desk is being removed. Your encrypted vault (case notes, backups and settings) is KEPT in:%n%n%1%n%nso that a new installation finds it again.%n%nDo you want to DELETE the vault and all its backups as well? This cannot be undone. Export anything you still need first.
nl.RemoveVaultTitle=Ook je dossiers verwijderen?
nl.RemoveVaultText=Outreach Desk wordt verwijderd. Je versleutelde kluis (notities, back-ups en instellingen) BLIJFT bewaard in:%n%n%1%n%nzodat een nieuwe installatie ze terugvindt.%n%nWil je de kluis en alle back-ups OOK VERWIJDEREN? Dit kan niet ongedaan gemaakt worden.
fr.RemoveVaultTitle=Supprimer aussi vos dossiers ?
fr.RemoveVaultText=Outreach Desk va être désinstallé. Votre coffre chiffré (notes, sauvegardes et réglages) est CONSERVÉ dans :%n%n%1%n%nafin qu'une nouvelle installation le retrouve.%n%nVoulez-vous AUSSI SUPPRIMER le coffre et toutes ses sauvegardes ? C'est irréversible.

[Code]
// The vault lives where platformdirs puts user data on Windows:
// %LOCALAPPDATA%\OutreachDesk (user_data_dir("OutreachDesk", appauthor=False)).
function VaultDir(): String;
begin
  Result := ExpandConstant('{localappdata}\OutreachDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Answer: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not DirExists(VaultDir()) then
    exit;
  // Silent uninstalls (IT departments) always keep the vault: default answer is No.
  Answer := SuppressibleMsgBox(
    FmtMessage(CustomMessage('RemoveVaultText'), [VaultDir()]),
    mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO);
  if Answer = IDYES then
  begin
    // The window and language settings (QSettings) live in the registry.
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\OutreachDesk');
    if not DelTree(VaultDir(), True, True, True) then
      MsgBox('Some files in ' + VaultDir() + ' could not be removed; delete the folder by hand.',
             mbError, MB_OK);
  end;
end;
