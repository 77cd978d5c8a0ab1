# myochart_add_plugin(<id> SOURCES <files...> [DATA_DIR <dir>] [OUTPUT_DIR <dir>] [NO_INSTALL])
#
# Builds a MyoChart plugin: a MODULE library named exactly <id>.so (no "lib" prefix: the file
# name is the plugin id), hidden symbols except the two the SDK exports, linked to the shared
# core. It lands in <OUTPUT_DIR>/<id>/<id>.so (default: the build tree's plugins folder, where
# the host finds bundled plugins) with its DATA_DIR copied to <OUTPUT_DIR>/<id>/data.
function(myochart_add_plugin id)
  cmake_parse_arguments(P "NO_INSTALL" "DATA_DIR;OUTPUT_DIR" "SOURCES" ${ARGN})
  if(NOT P_OUTPUT_DIR)
    set(P_OUTPUT_DIR "${PROJECT_BINARY_DIR}/plugins")
  endif()
  set(target "plugin_${id}")
  if(TARGET ${target})
    string(MD5 suffix "${P_OUTPUT_DIR}")
    string(SUBSTRING "${suffix}" 0 8 suffix)
    set(target "plugin_${id}_${suffix}")
  endif()
  add_library(${target} MODULE ${P_SOURCES})
  set_target_properties(${target} PROPERTIES
    PREFIX "" OUTPUT_NAME "${id}"
    LIBRARY_OUTPUT_DIRECTORY "${P_OUTPUT_DIR}/${id}"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  target_link_libraries(${target} PRIVATE myochart_core myochart_warnings)
  if(P_DATA_DIR)
    file(GLOB_RECURSE data_files CONFIGURE_DEPENDS "${P_DATA_DIR}/*")
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}-data.stamp")
    add_custom_command(OUTPUT "${stamp}"
      COMMAND ${CMAKE_COMMAND} -E rm -rf "${P_OUTPUT_DIR}/${id}/data"
      COMMAND ${CMAKE_COMMAND} -E copy_directory "${P_DATA_DIR}" "${P_OUTPUT_DIR}/${id}/data"
      COMMAND ${CMAKE_COMMAND} -E touch "${stamp}"
      DEPENDS ${data_files}
      COMMENT "Copying the data of plugin ${id}")
    add_custom_target(${target}_data DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_data)
  endif()
  if(NOT P_NO_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}/myochart/plugins/${id}")
    if(P_DATA_DIR)
      install(DIRECTORY "${P_DATA_DIR}/" DESTINATION "${CMAKE_INSTALL_LIBDIR}/myochart/plugins/${id}/data")
    endif()
  endif()
  set(MYOCHART_LAST_PLUGIN_TARGET ${target} PARENT_SCOPE)
endfunction()
