import type { LucideIcon } from 'lucide-preact';
import {
  Baby,
  BookOpen,
  Briefcase,
  Building,
  Bus,
  Car,
  CircleQuestionMark,
  CreditCard,
  FileText,
  Globe,
  GraduationCap,
  HandHelping,
  HeartPulse,
  Hospital,
  House,
  IdCard,
  KeyRound,
  Landmark,
  Languages,
  Laptop,
  Mail,
  Monitor,
  PiggyBank,
  Pill,
  Plane,
  Printer,
  Receipt,
  ScanLine,
  ShieldCheck,
  Smartphone,
  Stethoscope,
  TrainFront,
  UserRound,
  Users,
  Wallet,
} from 'lucide-preact';
import { DEFAULT_PICTOGRAM, isPictogram, type Pictogram as PictogramName } from '../domain/pictograms.js';

/** Each pictogram's drawing; named imports, so the bundle carries these and no others. */
const DRAWINGS: Record<PictogramName, LucideIcon> = {
  printer: Printer,
  'scan-line': ScanLine,
  landmark: Landmark,
  'key-round': KeyRound,
  'credit-card': CreditCard,
  wallet: Wallet,
  'piggy-bank': PiggyBank,
  'shield-check': ShieldCheck,
  'heart-pulse': HeartPulse,
  stethoscope: Stethoscope,
  hospital: Hospital,
  pill: Pill,
  bus: Bus,
  'train-front': TrainFront,
  plane: Plane,
  car: Car,
  languages: Languages,
  'book-open': BookOpen,
  'graduation-cap': GraduationCap,
  'id-card': IdCard,
  globe: Globe,
  building: Building,
  smartphone: Smartphone,
  laptop: Laptop,
  monitor: Monitor,
  briefcase: Briefcase,
  house: House,
  'user-round': UserRound,
  users: Users,
  mail: Mail,
  'file-text': FileText,
  receipt: Receipt,
  baby: Baby,
  'hand-helping': HandHelping,
  'circle-question-mark': CircleQuestionMark,
};

/**
 * A pictogram by name, decorative (the tile's text names it): an unknown name, say from a newer
 * server, draws the default rather than nothing.
 */
export function Pictogram({ name, size = 48 }: { name: string | undefined; size?: number }) {
  const Drawing = DRAWINGS[isPictogram(name) ? name : DEFAULT_PICTOGRAM];
  return <Drawing size={size} strokeWidth={1.75} aria-hidden="true" focusable="false" class="pictogram" />;
}
