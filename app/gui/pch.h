// Precompiled header of the desktop app: the wx headers nearly every file includes.
#pragma once
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/datectrl.h>
#include <wx/infobar.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/simplebook.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>
#include <wx/tglbtn.h>
#include <wx/timectrl.h>
#include <wx/wx.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>
