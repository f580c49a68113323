# macOS bits of the mygpt executable, included from app/CMakeLists.txt after the target and
# its install(TARGETS ... BUNDLE DESTINATION .). Written and reviewed; not built on the Debian
# CI machine.

# mygpt.app: Info.plist from our template (LSUIElement: a menu-bar app without a Dock icon;
# the bundle id is the application id), the .icns in Contents/Resources.
set(mygpt_icns ${PROJECT_SOURCE_DIR}/packaging/macos/mygpt.icns)
target_sources(mygpt PRIVATE ${mygpt_icns})
set_source_files_properties(${mygpt_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
    set(CMAKE_OSX_DEPLOYMENT_TARGET 12.0) # Qt 6.8's minimum; only fills LSMinimumSystemVersion
endif()
set_target_properties(mygpt PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MYGPT_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "MyGPT"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE mygpt.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The MyGPT developers. MIT License.")

# The Qt frameworks and plugins into the bundle at install time (macdeployqt), so the DMG's
# app runs on a Mac without Qt. Signing and notarisation are left to the release machine.
include(${PROJECT_SOURCE_DIR}/packaging/QtDeploy.cmake)
mygpt_install_qt_runtime(mygpt)
