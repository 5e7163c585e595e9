// The "Load example" batch. Written for Sift: three short reports in the
// style users paste (a wire story with dateline and credit line, a scraped
// page that repeats its paragraphs and carries boilerplate, a second outlet
// on the same incident).
'use strict';
const SIFT_EXAMPLE = [
  'Shelling kills at least 14 in Saraqeb, monitor says',
  'Published 4 May 2016',
  'BEIRUT, May 3 (Reuters) - At least 14 civilians, among them five children, were killed on Tuesday when government forces shelled the town of Saraqeb in Idlib province, the Syrian Observatory for Human Rights said.',
  'The Britain-based Observatory said more than 30 people were wounded. State media said the army had targeted "terrorist positions" on the edge of the town.',
  '"The shells fell on the market at midday, when it was most crowded," said Abu Hamza, a shopkeeper reached by telephone.',
  '(Reporting by Lina Haddad; Editing by Tom Marsh)',
  '---',
  'Market shelling in Idlib province leaves 15 dead',
  'Updated 4 May 2016',
  'Share this article',
  'Fifteen people were killed and dozens injured when shells struck a crowded market in Saraqeb on Tuesday, activists said.',
  'Local rescue workers said they were still searching the rubble for survivors late into the evening.',
  'More From This Section',
  'Fifteen people were killed and dozens injured when shells struck a crowded market in Saraqeb on Tuesday, activists said.',
  'Local rescue workers said they were still searching the rubble for survivors late into the evening.',
  'Compiled from agency reports',
  '---',
  'Talks on humanitarian corridor stall in Geneva',
  'Published 5 May 2016',
  'By Omar Nasr',
  'Negotiators in Geneva failed on Wednesday to agree on a corridor for aid convoys into eastern Ghouta, U.N. officials said.',
  'Dr. Samira Khalil, who heads a clinic in Douma, told reporters that medicine for chronic illness had run out weeks ago.',
  'Diplomats said Russia had asked for more time to consult the government in Damascus.',
  'Related stories',
].join('\n');
