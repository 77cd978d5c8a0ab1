// The demo clinic's presenting complaints: words for the notes and regions for the marks.
#include "demo/demo_complaints.h"

#include <array>

namespace myochart::demo::detail {

namespace {

using chart::MarkShape;
using std::string_view;
constexpr auto kA = chart::View::kAnterior;
constexpr auto kP = chart::View::kPosterior;
constexpr auto kPoint = MarkShape::kPoint;
constexpr auto kArea = MarkShape::kArea;
constexpr auto kStroke = MarkShape::kStroke;

/// A mark on the lateral view of the complaint's side.
constexpr MarkSpec side_view(string_view region, string_view kind, MarkShape shape,
                             string_view muscle = {}, string_view note = {}) {
  return {kP, true, region, kind, shape, muscle, note};
}

// Work weights, in the order of enum Work: desk, standing, manual, driving, active, student,
// retired.

// ---- upper back (the clinic's most common complaint) --------------------------------------
constexpr string_view kUpperBackQ[] = {"aching", "aching", "burning", "dull"};
constexpr string_view kUpperBackOnset[] = {
    "after long desk days", "since starting a new job on a laptop",
    "since working from the kitchen table", "after weeks of overtime before a deadline",
    "since a long-haul flight"};
constexpr string_view kUpperBackAggr[] = {"Worse by the end of the working day and when driving.",
                                          "Worse after long video calls; eases at the weekend.",
                                          "Worse when reaching for the mouse; heat helps."};
constexpr string_view kUpperBackFind[] = {
    "Palpable taut band in the {side} rhomboids with a tender nodule at the medial border of "
    "the scapula.",
    "{Side} shoulder held higher than the {other}.", "Forward head posture and rounded shoulders.",
    "Pressure on the {side} middle trapezius reproduces the familiar pain.",
    "Thoracic rotation to the {side} limited and uncomfortable."};
constexpr string_view kUpperBackAssess[] = {
    "Myofascial pain of the {side} rhomboids and middle trapezius, consistent with postural "
    "strain from desk work (forward head, rounded shoulders).",
    "Upper-back pain consistent with trigger points in the {side} rhomboids and middle "
    "trapezius; perpetuated by prolonged sitting."};
constexpr string_view kUpperBackTech[] = {
    "myofascial release along the {side} medial scapular border",
    "trigger-point compression of the {side} rhomboids and middle trapezius",
    "pectoral release and stretch", "stripping of the thoracic paraspinals"};
constexpr string_view kUpperBackHome[] = {
    "doorway pectoral stretch 3 x 30 s twice daily",
    "ball release against a wall for the {side} rhomboids, 60 s daily",
    "shoulder-blade squeezes at the desk every hour",
    "raise the monitor to eye level and bring the keyboard closer"};
constexpr string_view kUpperBackMod[] = {"trigger_point", "deep_tissue", "myofascial_release",
                                         "neuromuscular"};
constexpr MarkSpec kUpperBackMarks[] = {
    {kP, false, "{s}_upper_back", "pain", kArea},
    {kP, false, "{s}_upper_back", "trigger_point", kPoint, "rhomboids",
     "Reproduces the client's pain on compression"},
    {kP, false, "{s}_upper_back", "trigger_point", kPoint, "trapezius_middle"},
    {kP, false, "{s}_shoulder_top", "tension", kStroke, "trapezius_upper"},
    {kP, false, "{s}_scapular", "treated", kArea}};
constexpr int kUpperBackWork[] = {12, 5, 3, 5, 2, 6, 2};

// ---- neck and shoulders -------------------------------------------------------------------
constexpr string_view kNeckQ[] = {"aching", "dull"};
constexpr string_view kNeckOnset[] = {"during a stressful period at work", "since a house move",
                                      "after months of looking down at a tablet",
                                      "since starting night shifts"};
constexpr string_view kNeckAggr[] = {"Worse when stressed; clenches the jaw at night.",
                                     "Worse by the evening; turning the head to the {side} pulls."};
constexpr string_view kNeckFind[] = {
    "Taut bands in both upper trapezius, {side} more than {other}.",
    "Neck rotation to the {side} limited by about a quarter.",
    "Trigger point in the {side} levator scapulae at the angle of the neck.",
    "Forward head posture."};
constexpr string_view kNeckAssess[] = {
    "Neck and shoulder tension from upper trapezius and levator scapulae trigger points, "
    "perpetuated by stress and posture."};
constexpr string_view kNeckTech[] = {
    "effleurage and petrissage of the neck and shoulders",
    "trigger-point compression of the {side} upper trapezius and levator scapulae",
    "gentle neck stretches", "suboccipital release"};
constexpr string_view kNeckHome[] = {
    "upper trapezius stretch 3 x 30 s each side", "levator scapulae stretch twice daily",
    "heat pack for 15 minutes in the evening", "slow breathing for five minutes before sleep"};
constexpr string_view kNeckMod[] = {"swedish", "trigger_point", "deep_tissue", "hot_stone"};
constexpr MarkSpec kNeckMarks[] = {
    {kP, false, "{s}_shoulder_top", "tension", kStroke, "trapezius_upper"},
    {kP, false, "neck_posterior", "pain", kArea},
    {kP, false, "{s}_shoulder_top", "trigger_point", kPoint, "trapezius_upper",
     "Refers up the side of the neck to the temple"},
    {kP, false, "{o}_shoulder_top", "tension", kStroke, "trapezius_upper"},
    {kP, false, "neck_posterior", "trigger_point", kPoint, "levator_scapulae"}};
constexpr int kNeckWork[] = {7, 7, 3, 4, 2, 6, 3};

// ---- tension headaches ---------------------------------------------------------------------
constexpr string_view kHeadQ[] = {"dull", "throbbing", "aching"};
constexpr string_view kHeadOnset[] = {"two or three times a week", "on most workdays",
                                      "since exam season", "since a change of glasses"};
constexpr string_view kHeadAggr[] = {"Worse after screen work and poor sleep.",
                                     "Worse in the afternoon; painkillers help a little."};
constexpr string_view kHeadFind[] = {
    "Tender suboccipitals reproduce the headache on sustained pressure.", "Forward head posture.",
    "Taut bands in both upper trapezius.", "Tender temporalis on both sides."};
constexpr string_view kHeadAssess[] = {
    "Tension-type headache pattern with suboccipital and upper trapezius trigger points "
    "(referral to the back of the head and the temples)."};
constexpr string_view kHeadTech[] = {"suboccipital release",
                                     "trigger-point compression of the upper trapezius",
                                     "scalp and temporalis massage", "gentle manual traction"};
constexpr string_view kHeadHome[] = {
    "chin tucks 10 x twice daily", "screen breaks every 30 minutes",
    "tennis-ball release under the base of the skull, 2 minutes", "regular meals and water"};
constexpr string_view kHeadMod[] = {"trigger_point", "swedish", "neuromuscular"};
constexpr MarkSpec kHeadMarks[] = {
    {kP, false, "head_posterior", "pain", kArea},
    {kP, false, "neck_posterior", "trigger_point", kPoint, "suboccipitals"},
    {kP, false, "left_shoulder_top", "trigger_point", kPoint, "trapezius_upper"},
    {kP, false, "right_shoulder_top", "trigger_point", kPoint, "trapezius_upper"},
    {kA, false, "head_face", "pain", kArea, "", "Temples, both sides"}};
constexpr int kHeadWork[] = {8, 4, 2, 3, 1, 8, 2};

// ---- low back -------------------------------------------------------------------------------
constexpr string_view kLowBackQ[] = {"aching", "dull", "sharp"};
constexpr string_view kLowBackOnset[] = {
    "after lifting boxes while moving house", "after a weekend of gardening", "since a long drive",
    "after picking up a toddler", "that has built up over months"};
constexpr string_view kLowBackAggr[] = {
    "Worse getting up from a chair and first thing in the morning.",
    "Worse after standing for long; better when walking."};
constexpr string_view kLowBackFind[] = {
    "Tender {side} quadratus lumborum with trigger points near the iliac crest.",
    "Lumbar paraspinals guarded, {side} more than {other}.", "Pelvis higher on the {side}.",
    "Hip flexors short on both sides (Thomas test).",
    "Forward bending limited by pain at the end of range."};
constexpr string_view kLowBackAssess[] = {
    "Mechanical low-back pain with {side} quadratus lumborum and gluteus medius trigger "
    "points; no red flags reported."};
constexpr string_view kLowBackTech[] = {
    "myofascial release of the lumbar fascia",
    "trigger-point compression of the {side} quadratus lumborum", "gluteal release",
    "hip flexor stretch in side-lying"};
constexpr string_view kLowBackHome[] = {"knee-to-chest stretch 3 x 30 s morning and evening",
                                        "cat-camel 10 repetitions", "a 20-minute walk daily",
                                        "heat on the low back for 15 minutes"};
constexpr string_view kLowBackMod[] = {"deep_tissue", "myofascial_release", "trigger_point",
                                       "swedish"};
constexpr MarkSpec kLowBackMarks[] = {
    {kP, false, "{s}_low_back", "pain", kArea},
    {kP, false, "{s}_low_back", "trigger_point", kPoint, "quadratus_lumborum"},
    {kP, false, "{s}_buttock", "trigger_point", kPoint, "gluteus_medius",
     "Refers along the iliac crest"},
    side_view("{s}_low_back", "tension", kStroke, "erector_spinae"),
    {kP, false, "{s}_low_back", "treated", kArea}};
constexpr int kLowBackWork[] = {5, 7, 10, 9, 4, 2, 7};

// ---- buttock and leg --------------------------------------------------------------------------
constexpr string_view kButtockQ[] = {"aching", "burning", "shooting"};
constexpr string_view kButtockOnset[] = {"since a long car journey", "after starting to run again",
                                         "since sitting on a hard chair for long hours"};
constexpr string_view kButtockAggr[] = {"Worse sitting, better walking.",
                                        "Worse on stairs and when crossing the legs."};
constexpr string_view kButtockFind[] = {
    "Pressure on the {side} piriformis reproduces the thigh pain.",
    "Straight-leg raise negative on both sides.", "Hip internal rotation limited on the {side}.",
    "Taut band in the {side} hamstrings."};
constexpr string_view kButtockAssess[] = {
    "Buttock pain referring into the thigh, consistent with {side} piriformis and gluteus "
    "minimus trigger points; no signs of nerve-root involvement."};
constexpr string_view kButtockTech[] = {
    "trigger-point compression of the {side} piriformis and gluteus minimus", "hamstring release",
    "hip stretches in side-lying"};
constexpr string_view kButtockHome[] = {"figure-four stretch 3 x 30 s",
                                        "ball release on the {side} buttock, 60 s",
                                        "stand up every 30 minutes"};
constexpr string_view kButtockMod[] = {"trigger_point", "deep_tissue", "neuromuscular"};
constexpr MarkSpec kButtockMarks[] = {
    {kP, false, "{s}_buttock", "pain", kArea},
    {kP, false, "{s}_thigh_posterior", "numbness", kStroke, "",
     "Tingling down the thigh after sitting long"},
    {kP, false, "{s}_buttock", "trigger_point", kPoint, "piriformis"},
    {kP, false, "{s}_buttock", "trigger_point", kPoint, "gluteus_minimus"}};
constexpr int kButtockWork[] = {6, 3, 4, 10, 4, 2, 4};

// ---- shoulder -----------------------------------------------------------------------------
constexpr string_view kShoulderQ[] = {"aching", "sharp", "dull"};
constexpr string_view kShoulderOnset[] = {
    "after painting a ceiling", "since starting swimming lessons",
    "after a fall on an outstretched arm", "after a season of tennis",
    "after a lot of overhead lifting at work"};
constexpr string_view kShoulderAggr[] = {
    "Worse reaching overhead and lying on the {side} side at night.",
    "Hurts when putting on a coat."};
constexpr string_view kShoulderFind[] = {
    "Trigger points in the {side} infraspinatus refer to the front of the shoulder.",
    "Abduction painful from 80 to 110 degrees on the {side}.", "{Side} shoulder rounded forward.",
    "Tender {side} supraspinatus."};
constexpr string_view kShoulderAssess[] = {
    "Shoulder pain pattern of {side} infraspinatus and supraspinatus trigger points; painful "
    "arc suggests rotator cuff irritation, no weakness."};
constexpr string_view kShoulderTech[] = {"trigger-point compression of the {side} infraspinatus",
                                         "cross-fibre friction of the {side} supraspinatus",
                                         "pectoralis minor release",
                                         "passive range of motion within comfort"};
constexpr string_view kShoulderHome[] = {"pendulum swings 2 minutes twice daily",
                                         "a pillow under the {side} arm at night",
                                         "external rotation with a light band, 2 x 15"};
constexpr string_view kShoulderMod[] = {"trigger_point", "deep_tissue", "sports"};
constexpr MarkSpec kShoulderMarks[] = {
    {kA, false, "{s}_shoulder", "pain", kArea},
    {kP, false, "{s}_scapular", "trigger_point", kPoint, "infraspinatus",
     "Refers deep into the front of the shoulder"},
    {kP, false, "{s}_shoulder_top", "trigger_point", kPoint, "supraspinatus"},
    side_view("{s}_shoulder", "pain", kPoint)};
constexpr int kShoulderWork[] = {3, 5, 8, 2, 6, 2, 5};

// ---- elbow and forearm ----------------------------------------------------------------------
constexpr string_view kElbowQ[] = {"sharp", "aching", "burning"};
constexpr string_view kElbowOnset[] = {"after a weekend of DIY", "since taking up padel",
                                       "since a busy season of typing and mouse work",
                                       "after weeks of heavy scanning at the checkout"};
constexpr string_view kElbowAggr[] = {"Worse gripping a kettle or turning a door handle.",
                                      "Worse with the mouse; better at the weekend."};
constexpr string_view kElbowFind[] = {
    "Tender common extensor origin on the {side}.", "Taut bands in the {side} wrist extensors.",
    "Resisted wrist extension reproduces the pain.", "Grip weaker on the {side}."};
constexpr string_view kElbowAssess[] = {
    "Lateral elbow pain consistent with overload of the {side} forearm extensors (lateral "
    "epicondylalgia), with extensor trigger points."};
constexpr string_view kElbowTech[] = {"trigger-point compression of the {side} forearm extensors",
                                      "cross-fibre friction near the {side} lateral epicondyle",
                                      "myofascial release of the forearm"};
constexpr string_view kElbowHome[] = {
    "wrist extensor stretch 3 x 30 s", "slow wrist lowering with a 1 kg weight, 3 x 15",
    "a forearm strap for heavy tasks", "ice for 10 minutes after activity"};
constexpr string_view kElbowMod[] = {"trigger_point", "sports", "myofascial_release"};
constexpr MarkSpec kElbowMarks[] = {
    {kP, false, "{s}_elbow_posterior", "pain", kPoint},
    {kP, false, "{s}_forearm_posterior", "trigger_point", kPoint, "forearm_extensors"},
    {kP, false, "{s}_forearm_posterior", "tension", kStroke, "forearm_extensors"},
    side_view("{s}_elbow_lateral", "pain", kPoint)};
constexpr int kElbowWork[] = {5, 6, 8, 1, 4, 2, 2};

// ---- calf -------------------------------------------------------------------------------------
constexpr string_view kCalfQ[] = {"aching", "sharp"};
constexpr string_view kCalfOnset[] = {"since increasing running mileage for a half marathon",
                                      "after a hiking holiday",
                                      "since starting a job on hard floors"};
constexpr string_view kCalfAggr[] = {"Worse on the first steps in the morning and after runs.",
                                     "Cramps at night."};
constexpr string_view kCalfFind[] = {
    "Taut bands and trigger points in the medial head of the {side} gastrocnemius.",
    "Ankle dorsiflexion reduced on the {side}.", "Soleus tender on deep pressure."};
constexpr string_view kCalfAssess[] = {
    "Calf pain from {side} gastrocnemius and soleus trigger points with reduced ankle range; "
    "consistent with training overload."};
constexpr string_view kCalfTech[] = {"petrissage and stripping of the {side} calf",
                                     "trigger-point compression of the {side} gastrocnemius",
                                     "assisted calf stretch"};
constexpr string_view kCalfHome[] = {"calf stretch against a wall 3 x 30 s, knee straight and bent",
                                     "foam roller for the calves, 2 minutes",
                                     "build mileage by no more than 10% a week"};
constexpr string_view kCalfMod[] = {"sports", "deep_tissue", "trigger_point", "stretching"};
constexpr MarkSpec kCalfMarks[] = {
    {kP, false, "{s}_calf", "pain", kArea},
    {kP, false, "{s}_calf", "trigger_point", kPoint, "gastrocnemius"},
    {kP, false, "{s}_calf", "tension", kStroke, "soleus"}};
constexpr int kCalfWork[] = {3, 6, 2, 1, 10, 4, 2};

// ---- outer thigh ------------------------------------------------------------------------------
constexpr string_view kThighQ[] = {"aching", "burning"};
constexpr string_view kThighOnset[] = {"since training for a 10 km race", "after a cycling holiday",
                                       "since adding hill runs"};
constexpr string_view kThighAggr[] = {"Worse running downhill and on stairs.",
                                      "Starts after about 5 km of running."};
constexpr string_view kThighFind[] = {
    "Tender {side} tensor fasciae latae and vastus lateralis.", "Ober test tight on the {side}.",
    "Weak {side} hip abductors: the pelvis drops in single-leg stance."};
constexpr string_view kThighAssess[] = {
    "Lateral thigh pain consistent with {side} iliotibial band irritation and tensor fasciae "
    "latae trigger points, perpetuated by weak hip abductors."};
constexpr string_view kThighTech[] = {
    "myofascial release of the {side} lateral thigh",
    "trigger-point compression of the {side} tensor fasciae latae", "gluteus medius release"};
constexpr string_view kThighHome[] = {"side-lying leg raises 3 x 15",
                                      "foam roller on the {side} outer thigh, 2 minutes",
                                      "clamshells 3 x 15"};
constexpr string_view kThighMod[] = {"sports", "myofascial_release", "trigger_point"};
constexpr MarkSpec kThighMarks[] = {
    side_view("{s}_thigh_lateral", "pain", kArea),
    side_view("{s}_hip_lateral", "trigger_point", kPoint, "tensor_fasciae_latae"),
    side_view("{s}_thigh_lateral", "tension", kStroke, "vastus_lateralis")};
constexpr int kThighWork[] = {3, 2, 2, 1, 10, 4, 1};

// ---- jaw ---------------------------------------------------------------------------------------
constexpr string_view kJawQ[] = {"aching", "dull"};
constexpr string_view kJawOnset[] = {"with clenching during a stressful period",
                                     "after long dental work", "since grinding at night"};
constexpr string_view kJawAggr[] = {"Worse in the morning and when chewing.",
                                    "Clicks on opening; worse with gum."};
constexpr string_view kJawFind[] = {
    "Trigger points in the {side} masseter refer to the upper teeth.",
    "Mouth opening limited to three fingers.", "Tender {side} temporalis."};
constexpr string_view kJawAssess[] = {
    "Jaw pain consistent with {side} masseter and temporalis trigger points related to "
    "clenching; the dentist is aware."};
constexpr string_view kJawTech[] = {"external masseter and temporalis release",
                                    "suboccipital release", "gentle neck work"};
constexpr string_view kJawHome[] = {"jaw rest position: lips together, teeth apart",
                                    "warm compress on the jaw for 10 minutes",
                                    "self-massage of the masseter twice daily"};
constexpr string_view kJawMod[] = {"trigger_point", "neuromuscular", "swedish"};
constexpr MarkSpec kJawMarks[] = {
    side_view("head_{s}_side", "pain", kArea, "masseter"),
    {kA, false, "head_face", "trigger_point", kPoint, "masseter"},
    side_view("head_{s}_side", "trigger_point", kPoint, "temporalis")};
constexpr int kJawWork[] = {5, 3, 1, 1, 1, 5, 2};

// ---- knee --------------------------------------------------------------------------------------
constexpr string_view kKneeQ[] = {"aching", "dull"};
constexpr string_view kKneeOnset[] = {"that has built up over years",
                                      "after a long walking holiday", "since a cold winter"};
constexpr string_view kKneeAggr[] = {
    "Worse on stairs and after sitting long; stiff in the morning.", "Worse in cold weather."};
constexpr string_view kKneeFind[] = {
    "Quadriceps taut and tender on the {side}; vastus medialis weak.",
    "Knee bending limited at the end of range on the {side}.",
    "Mild swelling around the {side} knee, no heat."};
constexpr string_view kKneeAssess[] = {
    "Knee pain with quadriceps and hamstring tightness around an osteoarthritic {side} knee; "
    "aim is comfort and mobility."};
constexpr string_view kKneeTech[] = {"Swedish massage of the {side} thigh",
                                     "myofascial release of the quadriceps", "hamstring release"};
constexpr string_view kKneeHome[] = {"quadriceps sets 10 x 5 s three times a day",
                                     "15 minutes on a stationary bike", "heat before walks"};
constexpr string_view kKneeMod[] = {"swedish", "myofascial_release", "hot_stone"};
constexpr MarkSpec kKneeMarks[] = {
    {kA, false, "{s}_knee_anterior", "pain", kArea},
    {kA, false, "{s}_thigh_anterior", "tension", kStroke, "rectus_femoris"},
    {kA, false, "{s}_thigh_anterior", "trigger_point", kPoint, "vastus_medialis"}};
constexpr int kKneeWork[] = {1, 4, 4, 2, 2, 0, 10};

// ---- mid back ----------------------------------------------------------------------------------
constexpr string_view kMidBackQ[] = {"aching", "burning"};
constexpr string_view kMidBackOnset[] = {"after a long cycling tour",
                                         "since starting rowing classes",
                                         "after sleeping in a soft hotel bed"};
constexpr string_view kMidBackAggr[] = {"Worse on deep breaths and twisting.",
                                        "Worse after carrying shopping."};
constexpr string_view kMidBackFind[] = {"Tender {side} thoracic paraspinals from T7 to T10.",
                                        "Trigger point in the {side} serratus posterior inferior.",
                                        "Thoracic extension stiff."};
constexpr string_view kMidBackAssess[] = {
    "Mid-back pain from {side} thoracic paraspinal and serratus posterior inferior trigger "
    "points."};
constexpr string_view kMidBackTech[] = {"stripping of the {side} thoracic paraspinals",
                                        "trigger-point compression along the {side} mid back",
                                        "rib mobilisation with breathing"};
constexpr string_view kMidBackHome[] = {"foam roller for the mid back, 2 minutes",
                                        "seated twists 10 x each side",
                                        "thread-the-needle stretch"};
constexpr string_view kMidBackMod[] = {"deep_tissue", "trigger_point", "sports"};
constexpr MarkSpec kMidBackMarks[] = {
    {kP, false, "{s}_mid_back", "pain", kArea},
    {kP, false, "{s}_mid_back", "trigger_point", kPoint, "erector_spinae"},
    {kP, false, "{s}_mid_back", "tension", kStroke, "serratus_posterior_inferior"}};
constexpr int kMidBackWork[] = {4, 3, 6, 3, 6, 2, 3};

// ---- stress and tension ------------------------------------------------------------------------
constexpr string_view kStressQ[] = {"dull"};
constexpr string_view kStressOnset[] = {"during a demanding period at work",
                                        "since a bereavement in the family", "since a new baby",
                                        "over a busy exam term"};
constexpr string_view kStressAggr[] = {"Feels tense by the evening; sleeps badly.",
                                       "Shoulders creep up towards the ears during the day."};
constexpr string_view kStressFind[] = {"Generalised tension in the neck, shoulders and low back.",
                                       "Shallow upper-chest breathing.",
                                       "Relaxed well with slow strokes."};
constexpr string_view kStressAssess[] = {
    "Stress-related muscle tension without a focal problem; goals are relaxation and sleep."};
constexpr string_view kStressTech[] = {"full-body Swedish massage", "hot stones along the back",
                                       "slow rocking with breathing cues"};
constexpr string_view kStressHome[] = {"10 minutes of slow breathing before bed",
                                       "gentle yoga twice a week", "a warm bath in the evening"};
constexpr string_view kStressMod[] = {"swedish", "hot_stone", "swedish"};
constexpr MarkSpec kStressMarks[] = {
    {kP, false, "left_shoulder_top", "tension", kStroke, "trapezius_upper"},
    {kP, false, "right_shoulder_top", "tension", kStroke, "trapezius_upper"},
    {kP, false, "neck_posterior", "tension", kStroke},
    {kP, false, "{s}_low_back", "treated", kArea}};
constexpr int kStressWork[] = {6, 5, 3, 3, 2, 5, 3};

// ---- pregnancy ---------------------------------------------------------------------------------
constexpr string_view kPrenatalQ[] = {"aching", "dull"};
constexpr string_view kPrenatalOnset[] = {"since the second trimester", "as the bump has grown"};
constexpr string_view kPrenatalAggr[] = {"Worse at the end of the day and when turning in bed."};
constexpr string_view kPrenatalFind[] = {"Increased lumbar curve; both sacroiliac joints tender.",
                                         "Gluteus medius tender on both sides.",
                                         "Mild ankle swelling in the evening."};
constexpr string_view kPrenatalAssess[] = {
    "Pregnancy-related low-back and pelvic girdle discomfort; treated side-lying with pillows."};
constexpr string_view kPrenatalTech[] = {"side-lying massage of the back and hips",
                                         "gentle gluteal release",
                                         "light strokes on the legs (no deep work)"};
constexpr string_view kPrenatalHome[] = {"pelvic tilts on hands and knees 10 x twice daily",
                                         "a pillow between the knees at night",
                                         "short daily walks"};
constexpr string_view kPrenatalMod[] = {"prenatal"};
constexpr MarkSpec kPrenatalMarks[] = {
    {kP, false, "sacral", "pain", kArea},
    {kP, false, "{s}_buttock", "trigger_point", kPoint, "gluteus_medius"},
    {kP, false, "{o}_buttock", "trigger_point", kPoint, "gluteus_medius"},
    {kP, false, "{s}_low_back", "pain", kPoint}};
constexpr int kPrenatalWork[] = {0, 0, 0, 0, 0, 0, 0};

// ---- arm tingling ------------------------------------------------------------------------------
constexpr string_view kArmQ[] = {"tingling", "burning"};
constexpr string_view kArmOnset[] = {"since a big project with lots of mouse work",
                                     "since sleeping with the arm under the pillow",
                                     "after carrying a heavy backpack on one side"};
constexpr string_view kArmAggr[] = {"Worse at night and when driving with the arm raised.",
                                    "Comes on after 20 minutes of typing."};
constexpr string_view kArmFind[] = {"Trigger points in the {side} scalenes reproduce the tingling.",
                                    "Tinel's sign negative at the {side} wrist.",
                                    "Tight {side} forearm flexors."};
constexpr string_view kArmAssess[] = {
    "Arm tingling consistent with {side} scalene and forearm flexor trigger points; nerve "
    "entrapment screened, the physician is aware."};
constexpr string_view kArmTech[] = {"gentle scalene release on the {side}",
                                    "trigger-point compression of the {side} forearm flexors",
                                    "first-rib mobilisation with breathing"};
constexpr string_view kArmHome[] = {"scalene stretch 3 x 30 s", "nerve glides 10 x twice daily",
                                    "a wrist rest for the mouse"};
constexpr string_view kArmMod[] = {"neuromuscular", "trigger_point", "myofascial_release"};
constexpr MarkSpec kArmMarks[] = {
    {kA, false, "{s}_hand_palmar", "numbness", kArea},
    {kA, false, "{s}_forearm_anterior", "trigger_point", kPoint, "forearm_flexors"},
    side_view("neck_{s}_lateral", "trigger_point", kPoint, "scalenes",
              "Refers down the arm to the thumb and index finger")};
constexpr int kArmWork[] = {5, 3, 3, 2, 1, 3, 1};

constexpr Complaint kComplaints[] = {
    {"upper_back", "upper-back pain",
     "{q} pain in the {side} upper back, between the shoulder blade and the spine,", true, 4, 8,
     kUpperBackQ, kUpperBackOnset, kUpperBackAggr, kUpperBackFind, kUpperBackAssess, kUpperBackTech,
     kUpperBackHome, kUpperBackMod, kUpperBackMarks, kUpperBackWork},
    {"neck_shoulders", "neck and shoulder tension",
     "{q} tightness across the neck and the tops of the shoulders, worse on the {side},", true, 3,
     7, kNeckQ, kNeckOnset, kNeckAggr, kNeckFind, kNeckAssess, kNeckTech, kNeckHome, kNeckMod,
     kNeckMarks, kNeckWork},
    {"tension_headache", "headaches", "{q} band-like headaches starting at the base of the skull",
     false, 4, 7, kHeadQ, kHeadOnset, kHeadAggr, kHeadFind, kHeadAssess, kHeadTech, kHeadHome,
     kHeadMod, kHeadMarks, kHeadWork},
    {"low_back", "low-back pain",
     "{q} pain in the {side} lower back, sometimes spreading to the {side} buttock,", true, 4, 9,
     kLowBackQ, kLowBackOnset, kLowBackAggr, kLowBackFind, kLowBackAssess, kLowBackTech,
     kLowBackHome, kLowBackMod, kLowBackMarks, kLowBackWork},
    {"buttock_leg", "buttock and thigh pain",
     "{q} pain deep in the {side} buttock, running down the back of the thigh,", true, 4, 8,
     kButtockQ, kButtockOnset, kButtockAggr, kButtockFind, kButtockAssess, kButtockTech,
     kButtockHome, kButtockMod, kButtockMarks, kButtockWork},
    {"shoulder", "shoulder pain", "{q} pain at the front and side of the {side} shoulder", true, 3,
     8, kShoulderQ, kShoulderOnset, kShoulderAggr, kShoulderFind, kShoulderAssess, kShoulderTech,
     kShoulderHome, kShoulderMod, kShoulderMarks, kShoulderWork},
    {"elbow", "elbow pain",
     "{q} pain on the outer side of the {side} elbow, spreading into the "
     "forearm,",
     true, 3, 7, kElbowQ, kElbowOnset, kElbowAggr, kElbowFind, kElbowAssess, kElbowTech, kElbowHome,
     kElbowMod, kElbowMarks, kElbowWork},
    {"calf", "calf tightness", "{q} tightness and cramping in the {side} calf", true, 3, 7, kCalfQ,
     kCalfOnset, kCalfAggr, kCalfFind, kCalfAssess, kCalfTech, kCalfHome, kCalfMod, kCalfMarks,
     kCalfWork},
    {"outer_thigh", "outer-thigh pain",
     "{q} pain along the outside of the {side} thigh towards the knee", true, 3, 7, kThighQ,
     kThighOnset, kThighAggr, kThighFind, kThighAssess, kThighTech, kThighHome, kThighMod,
     kThighMarks, kThighWork},
    {"jaw", "jaw pain", "{q} pain in the {side} jaw and temple", true, 3, 6, kJawQ, kJawOnset,
     kJawAggr, kJawFind, kJawAssess, kJawTech, kJawHome, kJawMod, kJawMarks, kJawWork},
    {"knee", "knee pain", "{q} pain around the {side} knee", true, 3, 7, kKneeQ, kKneeOnset,
     kKneeAggr, kKneeFind, kKneeAssess, kKneeTech, kKneeHome, kKneeMod, kKneeMarks, kKneeWork},
    {"mid_back", "mid-back pain", "{q} pain in the {side} mid back below the shoulder blade", true,
     3, 7, kMidBackQ, kMidBackOnset, kMidBackAggr, kMidBackFind, kMidBackAssess, kMidBackTech,
     kMidBackHome, kMidBackMod, kMidBackMarks, kMidBackWork},
    {"stress", "tension", "{q} general muscle tension and poor sleep", false, 2, 4, kStressQ,
     kStressOnset, kStressAggr, kStressFind, kStressAssess, kStressTech, kStressHome, kStressMod,
     kStressMarks, kStressWork},
    {"arm_tingling", "arm tingling",
     "{q} tingling in the {side} thumb and index finger with an ache in the forearm", true, 3, 6,
     kArmQ, kArmOnset, kArmAggr, kArmFind, kArmAssess, kArmTech, kArmHome, kArmMod, kArmMarks,
     kArmWork},
    {"prenatal", "low-back and hip discomfort",
     "{q} low-back and hip discomfort in pregnancy, more on the {side},", true, 3, 6, kPrenatalQ,
     kPrenatalOnset, kPrenatalAggr, kPrenatalFind, kPrenatalAssess, kPrenatalTech, kPrenatalHome,
     kPrenatalMod, kPrenatalMarks, kPrenatalWork},
};

}  // namespace

std::span<const Complaint> complaints() {
  return kComplaints;
}

const Complaint& prenatal_complaint() {
  return kComplaints[std::size(kComplaints) - 1];
}

const Complaint& pick_complaint(Random& rng, const Person& person) {
  std::array<int, std::size(kComplaints)> weights{};
  const auto work = static_cast<std::size_t>(person.work);
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = kComplaints[i].work_weights[work];
  return kComplaints[rng.weighted(weights)];
}

}  // namespace myochart::demo::detail
