# Windows bits of the mygpt executable, included from app/CMakeLists.txt after the target and
# its install(TARGETS). Written and reviewed; not built on the Debian CI machine.

# Icon and version resource (Explorer, the taskbar, the file's Properties dialog).
set(MYGPT_ICO ${PROJECT_SOURCE_DIR}/packaging/windows/mygpt.ico)
configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/mygpt.rc.in
               ${CMAKE_CURRENT_BINARY_DIR}/mygpt.rc @ONLY)
target_sources(mygpt PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/mygpt.rc)

# The Qt runtime next to bin/mygpt.exe at install time (windeployqt: DLLs, the platform,
# style, TLS, image format, icon engine and SQL driver plugins, Qt's own translations), so
# that `cmake --install` and the NSIS installer give a folder that runs on a clean machine.
include(${PROJECT_SOURCE_DIR}/packaging/QtDeploy.cmake)
mygpt_install_qt_runtime(mygpt)
