# myochart_embed_files(<target> <cpp-namespace> <base-dir> <files...>)
# Compiles the given files (paths relative to <base-dir>) into <target> as byte arrays,
# reachable at run time through the functions declared in core/src/embedded.h:
#   std::optional<std::string_view> <namespace>::find(std::string_view relative_path);
#   std::vector<std::string>        <namespace>::list(std::string_view prefix);
# Used for SQL migrations, JSON Schemas and body-chart templates, so that a binary never
# depends on finding data files on disk.
set(_myochart_embed_script "${CMAKE_CURRENT_LIST_DIR}/embed_script.cmake")
function(myochart_embed_files target ns base_dir)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_${ns}_embedded.cpp")
  string(REPLACE "::" "_" out "${out}")
  set(abs_files)
  foreach(f IN LISTS ARGN)
    list(APPEND abs_files "${base_dir}/${f}")
  endforeach()
  string(REPLACE ";" "|" files_arg "${ARGN}")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DNS=${ns}" "-DBASE=${base_dir}" "-DFILES=${files_arg}"
            -P "${_myochart_embed_script}"
    DEPENDS ${abs_files} "${_myochart_embed_script}"
    COMMENT "Embedding ${ns} resources into ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
