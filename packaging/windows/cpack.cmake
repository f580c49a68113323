# The Windows installer: `cpack -G NSIS` in the build folder (NSIS 3 on PATH) gives
# mygpt-<version>-win64.exe, which installs to Program Files\MyGPT with a Start menu shortcut
# and an uninstaller. Included from packaging/CMakeLists.txt. Written and reviewed; not built
# on the Debian CI machine. `cpack -G ZIP` gives a portable folder instead.
set(CPACK_GENERATOR "NSIS;ZIP")
file(TO_NATIVE_PATH "${CMAKE_CURRENT_SOURCE_DIR}/windows/mygpt.ico" mygpt_native_ico)
set(CPACK_NSIS_MUI_ICON "${mygpt_native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${mygpt_native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mygpt.exe")
set(CPACK_NSIS_DISPLAY_NAME "MyGPT")
set(CPACK_NSIS_PACKAGE_NAME "MyGPT ${PROJECT_VERSION}")
set(CPACK_NSIS_PUBLISHER "${CPACK_PACKAGE_VENDOR}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Offer to start MyGPT (into the tray) on the installer's last page.
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mygpt.exe")
# Start at login is MyGPT's own setting (a value under HKCU\...\Run): remove it with the
# program. (NSIS takes backslashes literally; CPack passes this value through unchanged.)
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DeleteRegValue HKCU 'Software\\Microsoft\\Windows\\CurrentVersion\\Run' 'MyGPT'")
