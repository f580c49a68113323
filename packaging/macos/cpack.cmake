# The macOS disk image: `cpack -G DragNDrop` in the build folder gives mygpt-<version>-Darwin.dmg
# holding mygpt.app and a link to /Applications. Included from packaging/CMakeLists.txt.
# Written and reviewed; not built on the Debian CI machine.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "MyGPT")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/mygpt.icns")
# The license page of the DMG needs the SLA resources CPack no longer writes on new macOS.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
