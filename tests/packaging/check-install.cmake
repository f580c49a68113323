# `cmake --install` into an empty prefix: the files a desktop and a package need are there,
# under one application id, and what can be checked about them holds.
# -DBUILD_DIR -DSOURCE_DIR -DWORK_DIR -DAPP_ID -DVERSION
set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(failures "")
function(fail text)
    set(failures "${failures}  ${text}\n" PARENT_SCOPE)
endfunction()

set(sizes 16 22 24 32 48 64 128 256 512)
set(expected
    bin/mygpt
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    lib/systemd/user/mygpt.service
    share/doc/mygpt/README.md
    share/doc/mygpt/copyright)
foreach(size IN LISTS sizes)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${prefix}/${file})
        fail("missing: ${file}")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "The installation in ${prefix} is incomplete:\n${failures}")
endif()

# The PNG of each size is that size (bytes 16..23 of a PNG: width and height, big-endian).
foreach(size IN LISTS sizes)
    file(READ ${prefix}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png header
         LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 16 dimensions)
    math(EXPR hex "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(REGEX REPLACE "^0x" "" hex "${hex}")
    string(LENGTH "${hex}" digits)
    math(EXPR pad "8 - ${digits}")
    string(REPEAT "0" ${pad} zeros)
    if(NOT dimensions STREQUAL "${zeros}${hex}${zeros}${hex}")
        fail("${size}x${size}/apps/${APP_ID}.png is not ${size}x${size} (${dimensions})")
    endif()
endforeach()

# One id: the desktop file names the icon, the metainfo names the desktop file, and the
# autostart entry the app writes uses the same id.
file(READ ${prefix}/share/applications/${APP_ID}.desktop desktop)
if(NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    fail("the desktop file's Icon is not ${APP_ID}")
endif()
if(NOT desktop MATCHES "\nExec=mygpt\n")
    fail("the desktop file does not run mygpt")
endif()
file(READ ${prefix}/share/metainfo/${APP_ID}.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<id>${APP_ID}</id>")
    fail("the metainfo's id is not ${APP_ID}")
endif()
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    fail("the metainfo does not launch ${APP_ID}.desktop")
endif()
if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    fail("the metainfo has no <release> for version ${VERSION} (the project's version)")
endif()
file(READ ${SOURCE_DIR}/core/desktop/Autostart.h autostart)
if(NOT autostart MATCHES "appId = u\"${APP_ID}\"")
    fail("core/desktop/Autostart.h's appId is not ${APP_ID}")
endif()

# The user unit starts the binary of this installation.
file(READ ${prefix}/lib/systemd/user/mygpt.service unit)
if(NOT unit MATCHES "\nExecStart=${prefix}/bin/mygpt --headless\n")
    fail("the systemd unit's ExecStart is not ${prefix}/bin/mygpt --headless")
endif()
find_program(SYSTEMD_ANALYZE systemd-analyze)
if(SYSTEMD_ANALYZE)
    execute_process(COMMAND ${SYSTEMD_ANALYZE} verify ${prefix}/lib/systemd/user/mygpt.service
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        fail("systemd-analyze verify mygpt.service: ${output}")
    endif()
endif()

# The installed binary runs and knows its version.
execute_process(COMMAND ${prefix}/bin/mygpt --version
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "${VERSION}")
    fail("bin/mygpt --version: exit ${result}, output: ${output}")
endif()

if(failures)
    message(FATAL_ERROR "The installation in ${prefix} is not right:\n${failures}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "cmake --install: every expected file, under one application id")
