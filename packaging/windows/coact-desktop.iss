; Inno Setup script: Coact Desktop for one user, without administrator rights.
; Built by packaging/windows/build-windows.ps1 on a Windows machine (see the README there):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\build\windows\dist\coact-desktop coact-desktop.iss

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\dist\coact-desktop"
#endif

[Setup]
AppId={{3F0B6C1E-7A52-4D8E-9C21-5B7E2A9D4F10}
AppName=Coact Desktop
AppVersion={#AppVersion}
AppPublisher=Coact
; Per user: installs into the user's own Programs folder and needs no administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={userpf}\Coact Desktop
DefaultGroupName=Coact Desktop
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=coact-desktop-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\resources\icons\coact-desktop.ico
UninstallDisplayIcon={app}\coact-desktop.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
; Windows 10 and 11.
MinVersion=10.0

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{userprograms}\Coact Desktop"; Filename: "{app}\coact-desktop.exe"
Name: "{userdesktop}\Coact Desktop"; Filename: "{app}\coact-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "A shortcut on the desktop"; Flags: unchecked

[Run]
Filename: "{app}\coact-desktop.exe"; Description: "Start Coact Desktop"; Flags: nowait postinstall skipifsilent

; The profile (drafts, keys, library) is in %LOCALAPPDATA%\coact-desktop and is never removed
; by the uninstaller: a person's words outlive the program.
