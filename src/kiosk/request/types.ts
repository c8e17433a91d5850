/** What the visit gives the request flow. */
export interface RequestFlowProps {
  /** The guide id the visitor came from, or OTHER_TOPIC. */
  topic: string;
  /** That guide's title in the visitor's language, or null for another topic. */
  topicTitle: string | null;
  /** That guide's category, or null: sessions may be meant for a guide or a whole category. */
  topicCategory: string | null;
  /** Leaves the flow from its first step (back to where the visitor came from). */
  onBack: () => void;
  /** The visitor is done: back to the start. */
  onDone: () => void;
}
