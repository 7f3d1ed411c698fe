# Build Coact Desktop for Windows, on Windows 10/11 x64 with Python 3.11+ and Inno Setup 6:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Writes dist\coact-desktop-<version>-windows-x86_64-setup.exe (per-user installer) and
# dist\coact-desktop-<version>-windows-x86_64-portable.zip (the folder, profile kept beside it).
$ErrorActionPreference = "Stop"
$top = (Resolve-Path "$PSScriptRoot\..\..").Path
$work = "$top\build\windows"
$version = (python -c "import tomllib; print(tomllib.load(open(r'$top\pyproject.toml', 'rb'))['project']['version'])").Trim()
$env:PYTHONHASHSEED = "0"
$env:PYINSTALLER_ZLIB_COMPRESSION_LEVEL = "0"
$env:SOURCE_DATE_EPOCH = (git -C $top log -1 --format=%ct).Trim()

if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force -Path $work, "$top\dist" | Out-Null
python -m venv "$work\venv"
& "$work\venv\Scripts\python.exe" -m pip install --disable-pip-version-check -q --require-hashes -r "$top\requirements\package.lock"
& "$work\venv\Scripts\python.exe" "$top\tools\build_translations.py"
& "$work\venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --workpath "$work\pyinstaller" --distpath "$work\dist" "$top\packaging\coact-desktop.spec"
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The installer: per user, no administrator rights.
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" "/DSourceDir=$work\dist\coact-desktop" "$top\packaging\windows\coact-desktop.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

# The portable zip: the same folder with the coact-portable marker, so the profile stays beside it.
$portable = "$work\portable\coact-desktop-$version-windows-x86_64"
New-Item -ItemType Directory -Force -Path (Split-Path $portable) | Out-Null
Copy-Item -Recurse "$work\dist\coact-desktop" $portable
New-Item -ItemType File -Path "$portable\coact-portable" | Out-Null
Compress-Archive -Path $portable -DestinationPath "$top\dist\coact-desktop-$version-windows-x86_64-portable.zip" -Force
Write-Host "Built: $top\dist\coact-desktop-$version-windows-x86_64-setup.exe and the portable zip"
