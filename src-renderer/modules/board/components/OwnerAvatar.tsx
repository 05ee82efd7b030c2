import { initials } from '@shared/domain/initials';
import { avatarHue } from '../utils/avatarHue';

/** The owner's initials in a circle of their own colour; the full name is the tooltip. */
export const OwnerAvatar = ({ id, name, size = 22 }: { id: string | null; name: string | null; size?: number }) => {
  if (!id || !name) return null;
  const hue = avatarHue(id);
  return (
    <span
      className="owner-avatar"
      title={name}
      aria-label={name}
      role="img"
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.42),
        background: `hsl(${hue} 70% 92%)`,
        color: `hsl(${hue} 55% 30%)`,
      }}
    >
      {initials(name)}
    </span>
  );
};
