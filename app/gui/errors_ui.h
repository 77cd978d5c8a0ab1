#pragma once
// Errors shown to the therapist in plain words, at the edge of each user action. Nothing here
// writes client data anywhere but the screen.
#include <wx/string.h>

#include <exception>

class wxWindow;

namespace myochart::gui {

/// The sentence to show for an error caught at the edge of a user action: core's messages
/// (which name the field or file and what is accepted) made to read as a sentence; anything
/// unexpected as "Something went wrong: ...".
wxString describe_error(const std::exception& e);

/// A modal message: `what_failed` ("Could not save the client") then the error's words.
void show_error(wxWindow* parent, const wxString& what_failed, const std::exception& e);

}  // namespace myochart::gui
